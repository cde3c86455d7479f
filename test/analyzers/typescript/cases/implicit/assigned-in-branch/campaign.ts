import type { AdsClient } from "./ads-client.js";
import { adTier } from "./pricing.js";
import type { Profile } from "./types.js";

export function runCampaign(ads: AdsClient, profile: Profile): void {
  let audience = "general";
  let boost = 1;
  if (profile.religion === "buddhist") {
    audience = "mindfulness";
  } else {
    boost += 1;
  }
  ads.track("campaign_audience", { audience });
  ads.track("campaign_boost", { boost });
  ads.track("campaign_tier", { tier: adTier(profile) });
  audience = "general";
  ads.track("campaign_reset", { audience, city: profile.city });
}
