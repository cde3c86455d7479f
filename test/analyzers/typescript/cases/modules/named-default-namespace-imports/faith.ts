import type { Profile } from "./types.js";

export default function faithSegment(profile: Profile): string {
  return `faith:${profile.religion}`;
}

export function citySegment(profile: Profile): string {
  return `city:${profile.city}`;
}

export const FAITH_PREFIX = "faith:";
