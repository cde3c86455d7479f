import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function histograms(ads: AdsClient, profiles: Profile[]): void {
  const byFaith: Record<string, number> = {};
  const byCity: Record<string, number> = {};
  for (const profile of profiles) {
    byFaith[profile.religion] = (byFaith[profile.religion] ?? 0) + 1;
    byCity[profile.city] = (byCity[profile.city] ?? 0) + 1;
  }
  ads.track("histogram_cities", byCity);
  ads.track("histogram_faiths", byFaith);
  ads.track("histogram_faith_names", Object.keys(byFaith));
  ads.track("histogram_faith_counts", Object.values(byFaith));

  const seenFaiths = new Map<string, number>();
  for (const profile of profiles) seenFaiths.set(profile.religion, profile.age);
  ads.track("histogram_ages", [...seenFaiths.values()]);
  ads.track("histogram_faith_keys", [...seenFaiths.keys()]);
}
