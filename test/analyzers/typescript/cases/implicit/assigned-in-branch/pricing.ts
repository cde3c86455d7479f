import type { Profile } from "./types.js";

export function adTier(profile: Profile): string {
  let tier = "standard";
  if (profile.religion === "orthodox") tier = "conservative";
  return tier;
}
