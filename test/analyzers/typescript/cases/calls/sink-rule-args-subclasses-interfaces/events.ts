import type { AdsClient, EventTracker, Metrics, RetargetingClient } from "./clients.js";
import type { Profile } from "./types.js";

export function emit(ads: AdsClient, retargeting: RetargetingClient, tracker: EventTracker, metrics: Metrics, profile: Profile): void {
  ads.track(`faith_${profile.religion}`, { city: profile.city });
  ads.track("profile", { faith: profile.religion });
  retargeting.track("profile", { faith: profile.religion });
  tracker.track("profile", { faith: profile.religion });
  metrics.record("faith", profile.religion);
}
