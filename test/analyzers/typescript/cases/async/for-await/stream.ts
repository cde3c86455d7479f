import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export async function streamFaiths(ads: AdsClient, pages: Array<Promise<Profile[]>>): Promise<void> {
  for await (const page of pages) {
    for (const profile of page) {
      ads.track("stream_city", profile.city);
      const faith = profile.religion;
      ads.track("stream_faith", faith);
    }
  }
}

export async function streamPending(ads: AdsClient, profile: Profile): Promise<void> {
  const pending = [Promise.resolve(profile.religion), Promise.resolve("n/a")];
  for await (const value of pending) {
    ads.track("stream_pending", value);
  }
}
