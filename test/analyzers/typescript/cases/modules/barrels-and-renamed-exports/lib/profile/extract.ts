import type { Profile } from "../../types.js";

export function extractBelief(profile: Profile): string {
  return profile.religion.trim();
}

export function extractRegion(profile: Profile): string {
  return profile.city.trim();
}
