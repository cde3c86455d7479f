import { AdsClient } from "../ads-client.js";
import { beliefOf, extractRegion, profileLib, regionOf, tag } from "../lib/index.js";
import type { Profile } from "../types.js";

export function publish(ads: AdsClient, profile: Profile): void {
  ads.track("pub_region", tag("region", regionOf(profile)));
  ads.track("pub_region_direct", extractRegion(profile));
  ads.track("pub_belief", tag("belief", beliefOf(profile)));
  ads.track("pub_belief_ns", profileLib.extractBelief(profile));
}
