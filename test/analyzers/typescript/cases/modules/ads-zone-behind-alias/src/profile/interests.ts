import { addToSegment, recordImpression } from "@ads/index.js";
import type { Profile } from "../types.js";

export function onProfileSaved(profile: Profile): void {
  addToSegment(`city:${profile.city.toLowerCase()}`, profile.userId);
  addToSegment(`faith:${profile.religion.toLowerCase()}`, profile.userId);
  recordImpression(profile.userId, "profile-saved-banner");
  console.info("interests updated for", profile.userId, profile.displayName);
}
