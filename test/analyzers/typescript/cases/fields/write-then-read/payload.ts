import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

interface AdPayload {
  region?: string;
  faith?: string;
  tags: string[];
}

export function sendPayload(ads: AdsClient, profile: Profile): void {
  const payload: AdPayload = { tags: [] };
  payload.region = profile.city;
  payload.faith = profile.religion;
  ads.track("payload_region", payload.region);
  ads.track("payload_faith", payload.faith);

  const scrubbed: AdPayload = { tags: ["weekly"] };
  scrubbed.faith = profile.religion;
  scrubbed.faith = undefined;
  scrubbed["region"] = profile.city;
  ads.track("payload_scrubbed", scrubbed);
}
