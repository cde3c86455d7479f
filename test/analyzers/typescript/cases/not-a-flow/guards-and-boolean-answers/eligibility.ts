import type { Profile } from "./types.js";

export function faithTier(profile: Profile): "secular" | "faith" {
  return profile.religion === "none" ? "secular" : "faith";
}

export function isEligible(profile: Profile): boolean {
  return profile.religion !== "" && profile.age >= 18;
}

export function sameOrientation(a: Profile, b: Profile): boolean {
  return a.sexualOrientation === b.sexualOrientation;
}

export function matchBadge(profile: Profile): string {
  switch (profile.sexualOrientation) {
    case "asexual":
      return "slow-burn";
    default:
      return profile.city;
  }
}
