import { AdsClient } from "./ads-client.js";
import type { ProfileCache } from "./profile-cache.js";

export function geoTarget(ads: AdsClient, cache: ProfileCache, userId: string): void {
  const profile = cache.lookup(userId);
  ads.track("geo_city", profile?.city);
  ads.track("geo_latest_city", cache.latest()?.city);
  ads.track("geo_latest", cache.latest());
  ads.track("geo_trail", cache.trail());
}
