import { ProfileValidationError } from "./errors.js";
import type { Profile } from "./types.js";

export function checkFaith(profile: Profile): void {
  if (profile.religion.length > 40) {
    throw new ProfileValidationError("religion", `religion too long: ${profile.religion}`);
  }
}

export function checkAge(profile: Profile): void {
  if (profile.age < 18) throw new ProfileValidationError("age", `age below 18 for ${profile.userId}`);
}
