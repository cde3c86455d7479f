import type { Profile } from "./types.js";

export function faithSegment(profile: Profile): string {
  switch (profile.religion) {
    case "christian":
    case "catholic":
      return "segment-c";
    case "none":
      return "segment-secular";
    default:
      return "segment-other";
  }
}
