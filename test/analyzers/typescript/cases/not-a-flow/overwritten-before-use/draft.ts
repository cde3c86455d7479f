import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function publishDraft(ads: AdsClient, profile: Profile): void {
  let bio = profile.religion;
  bio = profile.displayName;
  ads.track("draft_bio", bio);

  const draft = { headline: profile.religion, city: profile.city };
  draft.headline = "Looking for someone kind";
  ads.track("draft_headline", draft.headline);
  ads.track("draft", draft);
  draft.city = profile.religion;
  ads.track("draft_control", draft);
}
