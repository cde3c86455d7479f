import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

interface Segment {
  key: string;
  value: string;
}

export function exportSegments(ads: AdsClient, maybeProfile: Profile | undefined, raw: unknown): void {
  const profile = maybeProfile!;
  const asString = profile.religion as string;
  ads.track("cast", asString);

  const viaAngle = <string>(<unknown>profile.religion);
  ads.track("angle_cast", viaAngle);

  const segment = { key: "faith", value: profile.religion } satisfies Segment;
  ads.track("segment", segment.value);
  ads.track("segment_key", segment.key);

  const fromRaw = (raw as Profile).city;
  ads.track("raw_city", fromRaw);
}
