import type { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function curate(ads: AdsClient, viewer: Profile, candidates: Profile[], hidden: Set<string>): void {
  if (hidden.has(viewer.religion)) {
    ads.track("curation_hidden", { userId: viewer.userId });
  }
  const sameFaith = candidates.filter((c) => c.religion === viewer.religion);
  ads.track("curation_same_faith", { ids: sameFaith.map((c) => c.userId) });
  const anyDevout = candidates.some((c) => c.religion !== "none");
  ads.track("curation_devout", { anyDevout });
  ads.track("curation_size", { size: candidates.length, ids: candidates.map((c) => c.userId) });
}
