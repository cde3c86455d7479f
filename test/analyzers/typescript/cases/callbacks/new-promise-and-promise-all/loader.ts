import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

function delay<T>(value: T, ms: number): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

export async function loadAndTrack(ads: AdsClient, profile: Profile): Promise<void> {
  const faith = await new Promise<string>((resolve, reject) => {
    if (!profile.userId) reject(new Error("missing user"));
    resolve(profile.religion);
  });
  ads.track("loaded_faith", faith);

  const [city, delayedFaith] = await Promise.all([delay(profile.city, 5), delay(profile.religion, 10)]);
  ads.track("loaded_city", city);
  ads.track("loaded_delayed_faith", delayedFaith);

  const results = await Promise.allSettled([delay(profile.religion, 1)]);
  for (const result of results) {
    if (result.status === "fulfilled") ads.track("settled", result.value);
  }
}
