import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function moderate(ads: AdsClient, profile: Profile, banned: Set<string>): string {
  if (profile.religion === "undisclosed") {
    ads.track("moderation", "matched");
    ads.track("moderation_control", profile.religion);
  }
  while (profile.religion.startsWith(" ")) {
    ads.track("moderation_trim", profile.userId);
    break;
  }
  switch (profile.religion) {
    case "satanist":
      return "review";
    case "none":
      ads.track("moderation_none", profile.city);
      return "ok";
    default:
      return banned.has(profile.religion) ? "blocked" : "ok";
  }
}
