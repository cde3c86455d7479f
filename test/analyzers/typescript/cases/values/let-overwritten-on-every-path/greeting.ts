import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function sendGreeting(ads: AdsClient, profile: Profile, formal: boolean): void {
  let headline = profile.religion;
  ads.track("draft_headline", headline);
  if (formal) {
    headline = `Dear ${profile.displayName}`;
  } else {
    headline = `Hi ${profile.displayName}!`;
  }
  ads.track("greeting_headline", headline);

  let subtitle = profile.city;
  switch (profile.age > 30 ? "adult" : "young") {
    case "adult":
      subtitle = "Members near you";
      break;
    default:
      subtitle = "New this week";
  }
  ads.track("greeting_subtitle", subtitle);
}
