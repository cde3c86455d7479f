import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export class SessionTracker {
  private faith = "";
  private region = "";
  private visits = 0;

  constructor(private readonly ads: AdsClient) {}

  observe(profile: Profile): void {
    this.faith = profile.religion;
    this.region = profile.city;
    this.visits += 1;
  }

  flushRegion(): void {
    this.ads.track("session_region", this.region);
    this.ads.track("session_visits", this.visits);
  }

  flushFaith(): void {
    const faith = this.faith;
    this.ads.track("session_faith", faith);
  }
}
