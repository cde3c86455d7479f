import type { Profile } from "./types.js";

export function isDevout(profile: Profile): boolean {
  return profile.religion !== "none" && profile.religion !== "";
}

export function faithBucket(profile: Profile): "a" | "b" {
  if (profile.religion.startsWith("c")) return "a";
  return "b";
}

export function matchScore(me: Profile, them: Profile): number {
  let score = 0;
  if (me.religion === them.religion) score += 10;
  if (me.city === them.city) score += 5;
  return score;
}
