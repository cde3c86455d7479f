import { auditCount, auditField, passThrough } from "./audit.js";
import type { Profile } from "./types.js";

export function recordMatch(profile: Profile, other: Profile): void {
  auditField("match", "city", other.city);
  auditField("match", "orientation", profile.sexualOrientation);
  auditCount("match-faith-length", profile.religion.length);

  const place = passThrough("match-city", other.city);
  console.log("match place", place);
  const seen = passThrough("match-faith", profile.religion);
  console.log("match faith", seen);
}
