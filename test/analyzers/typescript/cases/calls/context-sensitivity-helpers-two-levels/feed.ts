import { auditField } from "./audit.js";
import type { Profile } from "./types.js";

function summarize(kind: string, value: string): void {
  auditField("feed", kind, value.trim());
}

export function buildFeed(profiles: Profile[]): void {
  for (const profile of profiles) {
    summarize("name", profile.displayName);
    summarize("faith", profile.religion);
  }
}
