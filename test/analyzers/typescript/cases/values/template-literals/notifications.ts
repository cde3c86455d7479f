import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function announceMatch(ads: AdsClient, profile: Profile): void {
  const title = `${profile.displayName} from ${profile.city}`;
  ads.track("match_title", title);

  const body = `You both care about ${profile.religion.toLowerCase()} and live in ${profile.city}`;
  ads.track("match_body", body);

  const url = "https://heartline.app/matches?faith=" + profile.religion;
  ads.track("match_url", url);
}
