import { AdsClient } from "./ads-client.js";
import { citiesOf, faithsOf, pagesOf } from "./paging.js";
import type { Profile } from "./types.js";

export async function exportAll(ads: AdsClient, profiles: Profile[]): Promise<void> {
  for (const city of citiesOf(profiles)) {
    ads.track("gen_city", city);
  }
  for (const faith of faithsOf(profiles)) {
    ads.track("gen_faith", faith);
  }
  ads.track("gen_spread", [...faithsOf(profiles)]);
  for await (const page of pagesOf(profiles, 100)) {
    ads.track("gen_page", page);
  }
}
