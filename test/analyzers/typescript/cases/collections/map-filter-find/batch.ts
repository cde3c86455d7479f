import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function batchAudience(ads: AdsClient, profiles: Profile[], wantedFaith: string): void {
  const cities = profiles.map((p) => p.city);
  ads.track("batch_cities", cities);

  const faiths = profiles.map((p) => ({ id: p.userId, faith: p.religion }));
  ads.track("batch_faiths", faiths);
  ads.track("batch_ids", faiths.map((f) => f.id));

  const sameFaith = profiles.filter((p) => p.religion === wantedFaith);
  ads.track("batch_same_faith_ids", sameFaith.map((p) => p.userId));

  const firstMatch = profiles.find((p) => p.religion === wantedFaith);
  ads.track("batch_first_city", firstMatch?.city);

  const anyDevout = profiles.some((p) => p.religion !== "none");
  ads.track("batch_any", anyDevout);
}
