import { AdsClient } from "./ads-client.js";
import { Tag } from "./tag.js";
import type { Profile } from "./types.js";

export function tagProfile(ads: AdsClient, profile: Profile): void {
  const cityTag = new Tag("city", profile.city);
  const faithTag = new Tag("faith", profile.religion);
  ads.track("tag_city", cityTag.toString());
  ads.track("tag_faith", faithTag.toString());
}
