import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

const BASE_EVENT = { source: "web", version: 3 };

export function buildEvents(ads: AdsClient, profile: Profile): void {
  const withFaith = { ...BASE_EVENT, faith: profile.religion };
  ads.track("spread_version", withFaith.version);
  ads.track("spread_faith", withFaith.faith);

  const redacted = { ...profile, religion: "redacted" };
  ads.track("spread_redacted", redacted);

  const copy = { ...profile };
  ads.track("spread_copy_city", copy.city);
  ads.track("spread_copy", copy);

  const overridden = { faith: profile.religion, ...{ faith: "none" } };
  ads.track("spread_overridden", overridden.faith);
}
