import { AdsClient } from "./ads-client.js";
import { faithBucket, isDevout, matchScore } from "./predicates.js";
import type { Profile } from "./types.js";

export function rank(ads: AdsClient, me: Profile, candidates: Profile[]): void {
  ads.track("rank_devout", isDevout(me));
  ads.track("rank_bucket", faithBucket(me));
  const scored = candidates.map((c) => ({ id: c.userId, score: matchScore(me, c) }));
  ads.track("rank_scores", scored);
  ads.track("rank_control", candidates.map((c) => c.religion));
}
