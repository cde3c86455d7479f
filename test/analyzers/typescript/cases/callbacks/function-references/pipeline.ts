import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

function faithOf(profile: Profile): string {
  return profile.religion;
}

function cityOf(profile: Profile): string {
  return profile.city;
}

function shout(value: string): string {
  return value.toUpperCase();
}

export function pipeline(ads: AdsClient, profiles: Profile[], labels: string[]): void {
  ads.track("pipeline_faiths", profiles.map(faithOf));
  ads.track("pipeline_cities", profiles.map(cityOf));
  ads.track("pipeline_shouted", labels.map(shout));
  const extract = faithOf;
  ads.track("pipeline_alias", extract(profiles[0]));
}
