import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

function cityCard(profile: Profile) {
  return { title: profile.displayName, subtitle: profile.city, age: profile.age };
}

export class FeedService {
  constructor(private readonly ads: AdsClient) {}

  impression(profile: Profile, viewerId: string): void {
    this.ads.track("feed_impression", { viewerId, shownId: profile.userId, city: profile.city });
    this.ads.track("feed_card", cityCard(profile));
    const { displayName, age } = profile;
    this.ads.track("feed_name", `${displayName} (${age})`);
    this.ads.track("feed_control", profile);
  }
}
