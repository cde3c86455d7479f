import type { Profile } from "./types.js";

export function publicCard(profile: Profile) {
  return { ...profile, religion: "hidden", sexualOrientation: "hidden" };
}

export function hideFaithOnly(profile: Profile) {
  return { ...profile, religion: "hidden" };
}

export function withFaith(base: { channel: string; religion: string }, profile: Profile) {
  return { ...base, religion: profile.religion };
}
