import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function publishKeywords(ads: AdsClient, profile: Profile): void {
  const canonical = profile.religion.trim().toLowerCase().normalize("NFKC");
  ads.track("kw_canonical", canonical);

  const firstWord = profile.religion.split(" ")[0];
  ads.track("kw_first", firstWord);

  const short = profile.religion.slice(0, 3).padEnd(3, "_");
  ads.track("kw_short", short);

  const slug = profile.city.replace(/\s+/g, "-");
  ads.track("kw_city", slug);

  const masked = "member".replace("member", profile.religion);
  ads.track("kw_masked", masked);

  const mentionsFaith = profile.displayName.includes(profile.religion);
  ads.track("kw_mentions", mentionsFaith);
}
