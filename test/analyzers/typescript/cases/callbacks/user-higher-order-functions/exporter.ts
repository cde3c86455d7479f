import { AdsClient } from "./ads-client.js";
import { forEachInBatches, mapAll, withRetry } from "./batching.js";
import type { Profile } from "./types.js";

export function exportAudience(ads: AdsClient, faiths: string[], cities: string[], profile: Profile): void {
  const labelled = faiths.map(() => profile.religion);
  forEachInBatches(labelled, 50, (faith) => {
    ads.track("batch_faith", faith);
  });
  forEachInBatches(cities, 50, (city) => {
    ads.track("batch_city", city);
  });

  const upper = mapAll(labelled, (f) => f.toUpperCase());
  ads.track("mapped_faiths", upper);
  const lower = mapAll(cities, (c) => c.toLowerCase());
  ads.track("mapped_cities", lower);

  const sent = withRetry(3, () => profile.religion);
  ads.track("retried", sent);
}
