import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function scheduleFollowUp(ads: AdsClient, profile: Profile): void {
  const faith = profile.religion;
  const city = profile.city;

  const sendFaith = () => {
    ads.track("follow_up_faith", faith);
  };
  function sendCity(): void {
    ads.track("follow_up_city", city);
  }

  sendCity();
  sendFaith();
}
