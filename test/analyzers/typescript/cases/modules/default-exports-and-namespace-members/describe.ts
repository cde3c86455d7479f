import type { Profile } from "./types.js";

export default function describeProfile(profile: Profile): string {
  return `${profile.displayName} (${profile.religion})`;
}

export function shortName(profile: Profile): string {
  return profile.displayName.slice(0, 8);
}
