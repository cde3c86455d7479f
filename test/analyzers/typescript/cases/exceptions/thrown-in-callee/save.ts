import { checkAge, checkFaith } from "./rules.js";
import type { Profile } from "./types.js";

export function saveProfile(profile: Profile): boolean {
  try {
    checkAge(profile);
  } catch (error) {
    console.error("age check failed", error);
    return false;
  }
  try {
    checkFaith(profile);
  } catch (error) {
    console.error("faith check failed", error);
    return false;
  }
  return true;
}
