import type { AdsClient } from "./ads-client.js";
import { faithSegment } from "./segments.js";
import type { Account, Profile } from "./types.js";

export function seasonalCampaigns(ads: AdsClient, profile: Profile, account: Account): void {
  switch (account.plan) {
    case "pro":
      ads.track("campaign_pro", { userId: profile.userId });
      break;
    default:
      break;
  }
  switch (profile.religion) {
    case "muslim":
      ads.track("campaign_ramadan", { userId: profile.userId });
      break;
    case "jewish":
      ads.track("campaign_hanukkah", { userId: profile.userId });
      break;
  }
  ads.track("campaign_segment", { segment: faithSegment(profile) });
  ads.track("campaign_done", { userId: profile.userId });
}
