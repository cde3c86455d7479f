import { AdsClient } from "./ads-client.js";
import { describeMember, normalizeLabel } from "./text-utils.js";
import type { Profile } from "./types.js";

export function launchCampaign(ads: AdsClient, profile: Profile): void {
  const faithKey = normalizeLabel(profile.religion);
  ads.track("campaign_faith", faithKey);

  const description = describeMember(profile.displayName, profile.city);
  ads.track("campaign_description", description);

  const detailed = describeMember(profile.displayName, profile.religion);
  ads.track("campaign_detailed", detailed);
}
