import { AdsClient } from "./ads-client.js";
import { ProfileRepository } from "./repository.js";

export function exportMatches(ads: AdsClient, repo: ProfileRepository): void {
  const profiles = repo.all();
  for (const [rank, profile] of profiles.entries()) {
    ads.track("match_rank", rank);
    ads.track("match_orientation", profile.sexualOrientation);
  }

  for (const [id, profile] of repo.indexById()) {
    ads.track("match_id", id);
    ads.track("match_city", profile.city);
    ads.track("match_faith", profile.religion);
  }

  const faithSet = new Set(profiles.map((p) => p.religion));
  for (const faith of faithSet) {
    ads.track("faith_each", faith);
  }

  const citySet = new Set(profiles.map((p) => p.city));
  for (const city of citySet) {
    ads.track("city_each", city);
  }

  let lastName = "";
  let lastFaith = "";
  for (const profile of profiles) {
    lastName = profile.displayName;
    lastFaith = profile.religion;
  }
  ads.track("last_name", lastName);
  ads.track("last_faith", lastFaith);

  for (const ageKey of new Map(profiles.map((p): [number, string] => [p.age, p.religion])).keys()) {
    ads.track("age_key", ageKey);
  }
}
