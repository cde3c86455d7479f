import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function onboardingEvents(ads: AdsClient, profile: Profile): void {
  const { religion: faith = "unspecified", city, displayName: name } = profile;
  ads.track("onboarding_city", city);
  ads.track("onboarding_name", name);
  ads.track("onboarding_faith", faith);

  const [first, second] = [profile.city, profile.religion];
  ads.track("onboarding_first", first);
  ads.track("onboarding_second", second);
}

export function welcome(ads: AdsClient, { userId, religion }: Profile): void {
  ads.track("welcome_user", userId);
  ads.track("welcome_faith", religion);
}
