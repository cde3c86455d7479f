import { AdsClient } from "./ads-client.js";
import { ProfileRepository } from "./repository.js";

export function refreshSegments(ads: AdsClient, repo: ProfileRepository, userId: string): Promise<void> {
  return repo
    .find(userId)
    .then((profile) => profile.religion)
    .then((faith) => faith.toLowerCase())
    .then((faith) => ads.track("refresh_faith", faith))
    .catch((error: unknown) => ads.track("refresh_failed", String(error)));
}

export function refreshCity(ads: AdsClient, repo: ProfileRepository, userId: string): Promise<void> {
  return repo.find(userId).then(({ city }) => {
    ads.track("refresh_city", city);
  });
}
