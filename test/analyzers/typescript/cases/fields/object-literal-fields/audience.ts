import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function enroll(ads: AdsClient, profile: Profile): void {
  const member = {
    id: profile.userId,
    faith: profile.religion,
    city: profile.city,
  };
  ads.track("audience_city", member.city);
  ads.track("audience_id", { id: member.id, region: member.city });
  ads.track("audience_faith", member.faith);
  ads.track("audience_member", member);
}
