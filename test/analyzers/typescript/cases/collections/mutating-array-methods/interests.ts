import type { Profile } from "./types.js";

export function interestTags(profile: Profile): string[] {
  const tags = ["hiking", "cooking"];
  tags.splice(1, 0, profile.religion);
  return tags;
}

export function cityTags(profile: Profile): string[] {
  const tags = ["travel"];
  tags.splice(0, 1, profile.city);
  return tags;
}
