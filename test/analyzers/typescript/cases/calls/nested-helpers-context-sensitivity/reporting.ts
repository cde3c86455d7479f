import { AdsClient } from "./ads-client.js";
import { describe, label } from "./helpers.js";
import type { Profile } from "./types.js";

export function report(ads: AdsClient, profile: Profile): void {
  const city = describe("city", profile.city);
  const faith = describe("faith", profile.religion);
  ads.track("report_city", city);
  ads.track("report_faith_kind", faith.kind);
  ads.track("report_faith_text", faith.text);
  ads.track("report_label", label("city", profile.city));
}
