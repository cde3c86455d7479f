import type { Profile } from "./types.js";

export function searchAttributes(profile: Profile): Record<string, string> {
  return {
    faith: profile.religion,
    region: profile.city,
  };
}

export function faithHistogram(profiles: Profile[]): Record<string, number> {
  const histogram: Record<string, number> = {};
  for (const profile of profiles) {
    histogram[profile.religion] = (histogram[profile.religion] ?? 0) + 1;
  }
  return histogram;
}
