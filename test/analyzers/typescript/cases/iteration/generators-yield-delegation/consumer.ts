import { AdsClient } from "./ads-client.js";
import { citiesOnly, everything, faiths, orientationPairs } from "./feed.js";
import type { Profile } from "./types.js";

export function pushFeeds(ads: AdsClient, profiles: Profile[]): void {
  for (const value of everything(profiles)) {
    ads.track("feed_all", value);
  }
  for (const value of citiesOnly(profiles)) {
    ads.track("feed_cities", value);
  }

  const iterator = faiths(profiles);
  const first = iterator.next();
  if (!first.done) {
    ads.track("feed_first_faith", first.value);
  }

  for (const [userId, orientation] of orientationPairs(profiles)) {
    ads.track("feed_pair_user", userId);
    ads.track("feed_pair_orientation", orientation);
  }

  ads.track("feed_city_array", Array.from(citiesOnly(profiles)));
  ads.track("feed_all_array", Array.from(everything(profiles)));
}
