import { faithHistogram, searchAttributes } from "./attributes.js";
import type { Profile } from "./types.js";

export function auditProfile(profile: Profile, profiles: Profile[]): void {
  for (const field in profile) {
    console.log("profile field", field);
  }

  for (const field in profile) {
    console.info("profile value", profile[field as keyof Profile]);
  }

  const attributes = searchAttributes(profile);
  for (const name in attributes) {
    console.debug("attribute name", name);
  }
  for (const name in attributes) {
    console.warn("attribute value", attributes[name]);
  }

  const histogram = faithHistogram(profiles);
  for (const faith in histogram) {
    console.error("faith bucket", faith);
  }

  const settings = { showCity: true, showAge: false };
  for (const key in settings) {
    console.log("setting", key, settings[key as keyof typeof settings]);
  }
}
