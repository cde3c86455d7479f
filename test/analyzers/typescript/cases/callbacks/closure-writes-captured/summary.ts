import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function summarize(ads: AdsClient, profiles: Profile[]): void {
  let lastFaith = "";
  let lastCity = "";
  const remember = (profile: Profile): void => {
    lastFaith = profile.religion;
    lastCity = profile.city;
  };
  profiles.forEach(remember);
  ads.track("summary_city", lastCity);
  ads.track("summary_faith", lastFaith);

  const seen: string[] = [];
  function collect(profile: Profile): void {
    seen.push(profile.religion);
  }
  for (const profile of profiles) collect(profile);
  ads.track("summary_seen", seen);
}
