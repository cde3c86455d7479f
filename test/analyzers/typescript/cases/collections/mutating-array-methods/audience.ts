import { AdsClient } from "./ads-client.js";
import { cityTags, interestTags } from "./interests.js";
import type { Profile } from "./types.js";

export function buildAudience(ads: AdsClient, profile: Profile, profiles: Profile[]): void {
  const tags = interestTags(profile);
  ads.track("aud_sorted", tags.sort());
  ads.track("aud_last", tags.pop());
  ads.track("aud_city_reversed", cityTags(profile).reverse());
  ads.track("aud_city_first", cityTags(profile).shift());

  const orientations = profiles.map((p) => p.sexualOrientation);
  const removed = orientations.splice(0, 2);
  ads.track("aud_removed", removed);
  ads.track("aud_position", orientations.indexOf("other"));

  const slots = new Array<string>(3).fill(profile.displayName);
  ads.track("aud_slots", slots);
  const replaced = slots.with(0, profile.sexualOrientation);
  ads.track("aud_replaced", replaced);

  const ages = profiles.map((p) => p.age).sort((a, b) => a - b);
  ads.track("aud_ages", ages.at(-1));
}
