import type { AdsClient } from "./ads-client.js";
import { bucketOf, devotion } from "./segments.js";
import type { Profile } from "./types.js";

export function showBanners(ads: AdsClient, profile: Profile, fallbackCity: string): void {
  const banner = profile.religion === "jewish" ? "shabbat-banner" : "default-banner";
  ads.track("banner_shown", { banner });
  ads.track("banner_bucket", { bucket: bucketOf(profile.religion) });
  ads.track("banner_devotion", { level: devotion(profile) });
  ads.track("banner_city", { city: profile.city ? profile.city : fallbackCity });
}
