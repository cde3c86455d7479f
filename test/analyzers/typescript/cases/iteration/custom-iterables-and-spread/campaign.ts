import { AdsClient } from "./ads-client.js";
import { describe, ProfileBatch, StringBag } from "./collections.js";
import type { Profile } from "./types.js";

export function runCampaign(ads: AdsClient, profiles: Profile[]): void {
  const faithBag = new StringBag(profiles.map((p) => p.religion));
  const cityBag = new StringBag(profiles.map((p) => p.city));

  for (const faith of faithBag) {
    ads.track("bag_faith", faith);
  }
  for (const city of cityBag) {
    ads.track("bag_city", city);
  }

  ads.track("bag_faith_array", [...faithBag]);
  ads.track("bag_city_array", [...cityBag]);

  const [firstCity] = cityBag;
  ads.track("bag_first_city", firstCity);

  ads.track("bag_faith_args", describe("faiths", ...faithBag));
  ads.track("bag_city_args", describe("cities", ...cityBag));

  const batch = new ProfileBatch();
  for (const profile of profiles) batch.add(profile);
  for (const member of batch) {
    ads.track("batch_city", member.city);
    ads.track("batch_name", member.displayName);
  }
  ads.track("batch_orientations", Array.from(batch, (m) => m.sexualOrientation));
}
