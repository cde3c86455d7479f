import { beliefKeyword, regionKeyword } from "@domain/belief.js";
import type { Profile } from "@domain/types.js";
import { AdsClient } from "@services/ads-client.js";

export function keywords(ads: AdsClient, profile: Profile): void {
  ads.track("kw_region", regionKeyword(profile));
  ads.track("kw_belief", beliefKeyword(profile));
}
