import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";
import { beliefTag, sanitizeForAds } from "./util/index.js";

export function campaign(ads: AdsClient, profile: Profile): void {
  ads.track("nn_city", sanitizeForAds(profile.city));
  ads.track("nn_belief", sanitizeForAds(beliefTag(profile)));
}
