import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export class AudienceBuffer {
  private pending: string[] = [];
  private regions: string[] = [];

  constructor(private readonly ads: AdsClient) {}

  add(profile: Profile): void {
    this.pending.push(profile.religion);
    this.regions.push(profile.city);
  }

  flushRegions(): void {
    this.ads.track("buffer_regions", this.regions);
    this.regions = [];
  }

  flushPending(): void {
    const batch = this.pending;
    this.pending = [];
    this.ads.track("buffer_pending", batch);
  }
}
