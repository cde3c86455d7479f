import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function profileStats(ads: AdsClient, profile: Profile, profiles: Profile[]): void {
  ads.track("stats_length", profile.religion.length);
  const faiths = new Set(profiles.map((p) => p.religion));
  ads.track("stats_distinct", faiths.size);
  ads.track("stats_has_faith", !!profile.religion);
  ads.track("stats_type", typeof profile.religion);
  ads.track("stats_same", profile.religion === profiles[0]?.religion);
  ads.track("stats_every", profiles.every((p) => p.religion === profile.religion));
  ads.track("stats_index", profiles.findIndex((p) => p.religion === "none"));
  ads.track("stats_includes", profiles.map((p) => p.religion).includes("none"));
  ads.track("stats_control", profiles.map((p) => p.religion));
}
