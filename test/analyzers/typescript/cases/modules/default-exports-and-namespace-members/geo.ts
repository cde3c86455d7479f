import type { Profile } from "./types.js";

export default function distanceKm(a: Profile, b: Profile): number {
  return a.city === b.city ? 0 : 50;
}

export function cityOf(profile: Profile): string {
  return profile.city;
}

export const faith = {
  label: "faith",
  of: (profile: Profile): string => profile.religion,
};
