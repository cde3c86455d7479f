import { AdsClient } from "./ads-client.js";
import segmentForFaith, { citySegment as segmentForCity } from "./faith.js";
import * as geo from "./geo.js";
import type { Profile } from "./types.js";

export function publishSegments(ads: AdsClient, profile: Profile): void {
  ads.track("seg_city", segmentForCity(profile));
  ads.track("seg_region", geo.regionOf(profile));
  ads.track("seg_faith", segmentForFaith(profile));
  ads.track("seg_belief", geo.beliefOf(profile));
}
