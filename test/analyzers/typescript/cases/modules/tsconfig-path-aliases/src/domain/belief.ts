import type { Profile } from "@domain/types.js";

export function beliefKeyword(profile: Profile): string {
  return profile.religion.toLowerCase();
}

export function regionKeyword(profile: Profile): string {
  return profile.city.toLowerCase();
}
