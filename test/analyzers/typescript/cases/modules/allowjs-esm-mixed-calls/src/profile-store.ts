import type { Profile } from "./types.js";

const profiles = new Map<string, Profile>();

export function loadProfile(userId: string): Profile {
  const profile = profiles.get(userId);
  if (!profile) throw new Error(`unknown profile ${userId}`);
  return profile;
}
