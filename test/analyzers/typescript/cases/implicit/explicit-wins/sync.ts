import type { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function syncProfile(ads: AdsClient, profile: Profile): void {
  if (profile.religion !== "") {
    ads.track("profile_religion", { religion: profile.religion });
  }
  const shown = profile.religion === "none" ? "secular" : profile.religion;
  ads.track("profile_label", { shown });
  if (profile.religion === "other") {
    ads.track("profile_other", { userId: profile.userId });
  }
}
