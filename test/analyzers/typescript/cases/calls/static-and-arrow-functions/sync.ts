import { AdsClient } from "./ads-client.js";
import { formatters, ProfileRow, toAdAttributes } from "./converters.js";
import type { Profile } from "./types.js";

export function syncProfile(ads: AdsClient, profile: Profile): void {
  const row = ProfileRow.fromProfile(profile);
  ads.track("sync_row_city", row.city);
  ads.track("sync_row_faith", row.faith);
  ads.track("sync_attributes", toAdAttributes(profile));
  ads.track("sync_city_badge", formatters.cityBadge(profile));
  ads.track("sync_faith_badge", formatters.faithBadge(profile));
}
