import type { Profile } from "./types.js";

export class VerificationError extends Error {}

export async function verifyFaith(profile: Profile): Promise<void> {
  await Promise.resolve();
  if (profile.religion.includes("<")) {
    throw new VerificationError(`suspicious religion value "${profile.religion}"`);
  }
}

export async function verifyCity(profile: Profile): Promise<void> {
  if (!profile.city) throw new VerificationError(`no city for ${profile.userId}`);
}
