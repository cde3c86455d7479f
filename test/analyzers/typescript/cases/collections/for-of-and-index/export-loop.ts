import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function exportLoop(ads: AdsClient, profiles: Profile[]): void {
  for (const profile of profiles) {
    ads.track("loop_city", profile.city);
  }
  for (const { religion } of profiles) {
    ads.track("loop_faith", religion);
  }
  for (let i = 0; i < profiles.length; i++) {
    ads.track("loop_indexed", profiles[i].religion);
  }
  const ids = profiles.map((p) => p.userId);
  for (const index in ids) {
    ads.track("loop_index", index);
  }
}
