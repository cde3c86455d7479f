import type { Profile } from "./types.js";

export function bucketOf(religion: string): "faith" | "secular" {
  return religion === "none" ? "secular" : "faith";
}

export function devotion(profile: Profile): number {
  return profile.religion.startsWith("orthodox") ? 3 : 1;
}
