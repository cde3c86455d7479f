import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

const ads = new AdsClient();

export const sessionTracker = {
  faith: "",
  city: "",
  remember(profile: Profile): void {
    this.faith = profile.religion;
    this.city = profile.city;
  },
  flushCity(): void {
    ads.track("tracker_city", this.city);
  },
  flushFaith(): void {
    ads.track("tracker_faith", this.faith);
  },
};
