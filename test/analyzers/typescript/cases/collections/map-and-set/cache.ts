import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function cacheAttributes(ads: AdsClient, profile: Profile): void {
  const attributes = new Map<string, string>();
  attributes.set("city", profile.city);
  attributes.set("faith", profile.religion);
  ads.track("cache_city", attributes.get("city"));
  ads.track("cache_faith", attributes.get("faith"));

  const seen = new Set<string>();
  seen.add(profile.religion);
  for (const value of seen) {
    ads.track("cache_seen", value);
  }

  const regions = new Set<string>([profile.city]);
  ads.track("cache_regions", [...regions]);
  ads.track("cache_size", seen.size);
}
