import { AdsClient } from "./ads-client.js";
import type { ProfileRepository } from "./repository.js";

export async function batchExport(ads: AdsClient, repo: ProfileRepository, userIds: string[]): Promise<void> {
  const faiths = await Promise.all(userIds.map(async (id) => (await repo.find(id)).religion));
  ads.track("batch_faiths", faiths);

  const cities = await Promise.all(
    userIds.map(async (id) => {
      const profile = await repo.find(id);
      return profile.city;
    }),
  );
  ads.track("batch_cities", cities);

  await Promise.all(userIds.map(async (id) => ads.track("batch_each", (await repo.find(id)).religion)));
}
