import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function keywordsFor(ads: AdsClient, profile: Profile): void {
  const keywords: string[] = ["dating"];
  keywords.push(profile.city);
  ads.track("keywords_city", keywords.join(","));

  const interests: string[] = [];
  interests.push(profile.displayName, profile.religion);
  ads.track("keywords_all", interests.join(" "));

  const regions = new Array<string>();
  regions.unshift(profile.city);
  ads.track("keywords_regions", regions);
}
