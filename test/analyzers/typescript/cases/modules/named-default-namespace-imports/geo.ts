import type { Profile } from "./types.js";

export function regionOf(profile: Profile): string {
  return profile.city.split(",")[0];
}

export function beliefOf(profile: Profile): string {
  return profile.religion;
}
