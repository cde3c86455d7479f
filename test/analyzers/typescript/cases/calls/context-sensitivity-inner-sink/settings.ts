import { trackAttribute } from "./tracking.js";
import type { Profile } from "./types.js";

export function saveSettings(profile: Profile): void {
  trackAttribute("city", profile.city);
  trackAttribute("age", String(profile.age));
  console.debug("settings saved", profile.religion);
}
