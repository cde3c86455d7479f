import { AdsClient } from "./ads-client.js";
import { faithTier, isEligible, matchBadge, sameOrientation } from "./eligibility.js";
import type { Profile } from "./types.js";

export function promote(ads: AdsClient, profile: Profile, other: Profile): void {
  ads.track("promo_tier", faithTier(profile));
  ads.track("promo_eligible", isEligible(profile));
  ads.track("promo_same", sameOrientation(profile, other));
  ads.track("promo_badge", matchBadge(profile));

  profile.religion && ads.track("promo_guarded", profile.city);

  const headline = profile.sexualOrientation ? `Meet people in ${profile.city}` : "Meet people";
  ads.track("promo_headline", headline);

  const isBuddhist = profile.religion.toLowerCase() === "buddhist";
  ads.track("promo_buddhist", isBuddhist);

  let attempts = 0;
  while (attempts < 3 && profile.religion.length > attempts) {
    attempts++;
  }
  ads.track("promo_attempts", attempts);

  if (profile.religion === other.religion && profile.city !== other.city) {
    ads.track("promo_long_distance", other.userId);
  }

  ads.track("promo_control", other.sexualOrientation);
}
