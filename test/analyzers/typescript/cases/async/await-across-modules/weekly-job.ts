import { AdsClient } from "./ads-client.js";
import { loadCity, loadFaith } from "./profile-store.js";

export async function weeklyJob(ads: AdsClient, userIds: string[]): Promise<void> {
  for (const userId of userIds) {
    const city = await loadCity(userId);
    ads.track("weekly_city", city);
    const faith = await loadFaith(userId);
    ads.track("weekly_faith", faith);
  }
}
