import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function spreadCalls(ads: AdsClient, profile: Profile): void {
  const faithEvent = ["faith_event", { faith: profile.religion }] as const;
  ads.track(...faithEvent);
  const namedByFaith = [`faith_${profile.religion}`, { city: profile.city }] as const;
  ads.track(...namedByFaith);
}
