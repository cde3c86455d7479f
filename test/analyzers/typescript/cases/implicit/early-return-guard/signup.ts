import type { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function trackSignup(ads: AdsClient, profile: Profile): void {
  ads.track("signup_started", { userId: profile.userId });
  if (profile.religion === "undisclosed") return;
  ads.track("signup_segment", { city: profile.city });
}

export function requireDisclosure(ads: AdsClient, profile: Profile): void {
  if (!profile.religion) {
    throw new Error("religion is required for faith-based matching");
  }
  ads.track("disclosure_ok", { userId: profile.userId });
}

export function broadcast(ads: AdsClient, profiles: Profile[]): void {
  for (const member of profiles) {
    if (member.religion === "none") continue;
    ads.track("broadcast", { userId: member.userId });
  }
}

export function adultsOnly(ads: AdsClient, profile: Profile): void {
  if (profile.age < 18) return;
  ads.track("adult_offer", { userId: profile.userId });
}
