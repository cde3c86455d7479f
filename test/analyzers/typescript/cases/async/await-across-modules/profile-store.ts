import type { Profile } from "./types.js";

const profiles = new Map<string, Profile>();

export async function loadProfile(userId: string): Promise<Profile | undefined> {
  return profiles.get(userId);
}

export async function loadFaith(userId: string): Promise<string> {
  const profile = await loadProfile(userId);
  return profile?.religion ?? "unknown";
}

export async function loadCity(userId: string): Promise<string> {
  const profile = await loadProfile(userId);
  return profile?.city ?? "unknown";
}
