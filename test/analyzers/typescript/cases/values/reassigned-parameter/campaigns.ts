import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function campaignKeyword(profile: Profile, keyword: string): string {
  keyword = keyword.trim();
  if (keyword.length === 0) {
    keyword = profile.city;
  }
  return keyword;
}

export function scrubbedKeyword(profile: Profile, keyword: string): string {
  keyword = profile.religion;
  keyword = "generic";
  return keyword;
}

export function runCampaign(ads: AdsClient, profile: Profile): void {
  ads.track("campaign", campaignKeyword(profile, profile.religion));
  ads.track("campaign_city", campaignKeyword(profile, "dating"));
  ads.track("campaign_scrubbed", scrubbedKeyword(profile, profile.religion));
}
