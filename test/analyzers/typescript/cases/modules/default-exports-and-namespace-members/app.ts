import { AdsClient } from "./ads-client.js";
import audit from "./audit.js";
import describeProfile, { shortName } from "./describe.js";
import * as geo from "./geo.js";
import Matcher from "./matcher.js";
import type { Profile } from "./types.js";

export function publishMatch(ads: AdsClient, a: Profile, b: Profile): void {
  const matcher = new Matcher();
  ads.track("match_score", matcher.score(a, b));
  ads.track("match_explain", matcher.explain(a, b));
  ads.track("match_describe", describeProfile(a));
  ads.track("match_short", shortName(b));
  ads.track("match_distance", geo.default(a, b));
  ads.track("match_city", geo.cityOf(b));
  ads.track("match_faith", geo.faith.of(b));

  audit.record(a.sexualOrientation);
  audit.record(b.city);
  audit.size();
}
