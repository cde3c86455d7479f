import type { AdsClient } from "./ads-client.js";
import type { MatchingClient } from "./matching-client.js";
import type { Profile } from "./types.js";

export async function onboard(ads: AdsClient, matching: MatchingClient, profile: Profile): Promise<void> {
  ads.track("onboarding_started", { userId: profile.userId });
  if (profile.religion === "catholic") {
    ads.track("onboarding_variant", { variant: "parish-events" });
    await matching.findCandidates({ city: profile.city, radiusKm: 25 });
  } else {
    ads.track("onboarding_variant", { variant: "default" });
  }
  if (profile.age >= 18 && profile.religion !== "undisclosed") {
    ads.track("onboarding_adult", { city: profile.city });
  }
  profile.religion === "none" && ads.track("onboarding_secular_banner", { shown: true });
  ads.track("onboarding_done", { userId: profile.userId });
}
