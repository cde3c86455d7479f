import { AdsClient } from "./ads-client.js";
import { fetchFaith, ProfileGateway } from "./gateway.js";

export async function handle(ads: AdsClient, gateway: ProfileGateway, userId: string): Promise<void> {
  const profile = await gateway.fetchProfile(userId);
  ads.track("handled_city", profile.city);
  const faith = await fetchFaith(gateway, userId);
  ads.track("handled_faith", faith);
}
