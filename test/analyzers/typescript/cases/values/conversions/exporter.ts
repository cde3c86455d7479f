import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function exportProfile(ads: AdsClient, profile: Profile): void {
  const json = JSON.stringify({ id: profile.userId, faith: profile.religion });
  ads.track("export_json", json);

  const cityJson = JSON.stringify({ id: profile.userId, city: profile.city });
  ads.track("export_city_json", cityJson);

  const asText = String(profile.religion);
  ads.track("export_text", asText);

  const query = `?faith=${encodeURIComponent(profile.religion)}&city=${encodeURIComponent(profile.city)}`;
  ads.track("export_query", query);

  const encoded = Buffer.from(profile.religion, "utf8").toString("base64");
  ads.track("export_b64", encoded);

  const roundTrip = JSON.parse(JSON.stringify(profile)) as Profile;
  ads.track("export_round_trip_city", roundTrip.city);
}
