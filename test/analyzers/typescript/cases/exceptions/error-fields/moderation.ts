import { ProfileRejected } from "./errors.js";
import type { Profile } from "./types.js";

function reject(profile: Profile): never {
  throw new ProfileRejected(`profile ${profile.userId} rejected`, "religion", profile.religion);
}

export function moderate(profile: Profile): void {
  try {
    reject(profile);
  } catch (error) {
    if (error instanceof ProfileRejected) {
      console.info("rejected field", error.field);
      console.info("rejected message", error.message);
      console.info("rejected value", error.rejectedValue);
    }
  }
}
