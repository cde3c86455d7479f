import type { Profile } from "./types.js";

const ALLOWED_FAITHS = new Set(["christian", "muslim", "jewish", "hindu", "buddhist", "none"]);

export function validateProfile(profile: Profile): boolean {
  try {
    if (!ALLOWED_FAITHS.has(profile.religion)) {
      throw new Error(`unsupported religion: ${profile.religion}`);
    }
    if (profile.age < 18) {
      throw new RangeError(`too young: ${profile.userId}`);
    }
    return true;
  } catch (error) {
    console.warn("profile rejected", error);
    return false;
  }
}

export function validateCity(profile: Profile): boolean {
  try {
    if (profile.city.length === 0) throw new Error(`missing city for ${profile.userId}`);
    return true;
  } catch (error) {
    console.warn("city rejected", (error as Error).message);
    return false;
  }
}
