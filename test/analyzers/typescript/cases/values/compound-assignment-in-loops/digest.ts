import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function weeklyDigest(ads: AdsClient, matches: Profile[]): void {
  let summary = "Your matches this week:";
  for (const match of matches) {
    summary += ` ${match.displayName} (${match.religion})`;
  }
  ads.track("digest_summary", summary);

  let cities = "";
  let i = 0;
  while (i < matches.length) {
    cities = cities + matches[i].city + ", ";
    i++;
  }
  ads.track("digest_cities", cities);

  let count = 0;
  for (const match of matches) {
    if (match.religion === "none") continue;
    count += 1;
  }
  ads.track("digest_count", count);
}
