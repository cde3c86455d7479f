import type { Profile } from "../types.js";

export function beliefTag(profile: Profile): string {
  return `belief/${profile.religion}`;
}
