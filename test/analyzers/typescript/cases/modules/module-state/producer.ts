import type { Profile } from "./types.js";
import { enqueue, rememberFaith } from "./outbox.js";

export function onProfileSaved(profile: Profile): void {
  enqueue("profile_saved", profile.religion);
  rememberFaith(profile.religion);
}
