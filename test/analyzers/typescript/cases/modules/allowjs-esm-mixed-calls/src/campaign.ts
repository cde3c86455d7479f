import { AdsClient } from "./ads-client.js";
import { citySegment, faithSegment, orientationTag } from "./segments.js";
import { countSegment, trackSegment } from "./tracker.js";
import type { Profile } from "./types.js";

export function runCampaign(ads: AdsClient, profile: Profile): void {
  ads.track("campaign_city", citySegment(profile.userId));
  trackSegment("faith", faithSegment(profile.userId));
  trackSegment("orientation", orientationTag(profile));
  countSegment("faith", faithSegment(profile.userId));
}
