import { AdsClient } from "./ads-client.js";
import { DetailedDescriber, InheritingDescriber, ShortDescriber } from "./describers.js";
import type { Profile } from "./types.js";

export function feedItem(ads: AdsClient, profile: Profile): void {
  ads.track("feed_short", new ShortDescriber().describe(profile));
  ads.track("feed_inherited", new InheritingDescriber().describe(profile));
  ads.track("feed_detailed", new DetailedDescriber().describe(profile));
}
