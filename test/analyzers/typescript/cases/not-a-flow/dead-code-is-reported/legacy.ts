import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

const ENABLE_LEGACY_EXPORT = false;

export function exportProfile(ads: AdsClient, profile: Profile): void {
  if (false) {
    ads.track("legacy_faith", profile.religion);
  }
  if (ENABLE_LEGACY_EXPORT) {
    ads.track("legacy_flagged", profile.religion);
  }
  return;
  ads.track("after_return", profile.religion);
}

// Nobody calls this any more; it is still reported (dead code is not pruned).
function oldAudienceSync(ads: AdsClient, profile: Profile): void {
  ads.track("old_sync", { faith: profile.religion });
}
