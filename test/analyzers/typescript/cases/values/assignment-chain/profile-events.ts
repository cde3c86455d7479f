import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export class ProfileEvents {
  constructor(private readonly ads: AdsClient) {}

  profileViewed(viewer: string, profile: Profile): void {
    const faith = profile.religion;
    const segment = faith;
    let audience: string;
    audience = segment;
    const region = profile.city;
    this.ads.track("profile_viewed", region);
    this.ads.track("profile_viewed_segment", audience);
    this.ads.track("viewer", viewer);
  }
}
