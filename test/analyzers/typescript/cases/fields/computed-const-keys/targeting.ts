import { AdsClient } from "./ads-client.js";
import { CITY_KEY, FAITH_KEY, ProfileFields, type SegmentKey } from "./profile-keys.js";
import type { Profile } from "./types.js";

export function targetByKeys(ads: AdsClient, profile: Profile): void {
  const faith = profile[FAITH_KEY];
  ads.track("key_faith", faith);

  const city = profile[CITY_KEY];
  ads.track("key_city", city);

  const orientation = profile[ProfileFields.orientation];
  ads.track("key_orientation", orientation);

  const name = profile[ProfileFields.name];
  ads.track("key_name", name);

  const literal = profile["religion"];
  ads.track("key_literal", literal);

  const segment: Record<SegmentKey, string> = { faith: "", region: "" };
  const REGION: SegmentKey = "region";
  segment[REGION] = profile.city;
  segment["faith"] = profile.religion;
  ads.track("segment_region", segment[REGION]);
  ads.track("segment_region_dot", segment.region);
  ads.track("segment_faith", segment.faith);
}
