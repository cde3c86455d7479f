import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function broadcast(ads: AdsClient, profile: Profile, channels: string[]): void {
  const faith = profile.religion;
  channels.forEach((channel) => {
    ads.track(`broadcast_${channel}`, faith);
  });
  channels.forEach((channel) => ads.track("broadcast_city", { channel, city: profile.city }));
  setTimeout(() => ads.track("broadcast_late", faith), 1000);
}
