import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function segmentsFor(ads: AdsClient, profile: Profile, defaults: string[]): void {
  const geo = [profile.city, "country:de"];
  const beliefs = [profile.religion];

  const geoOnly = [...defaults, ...geo];
  ads.track("segments_geo", geoOnly);

  const everything = [...geo, ...beliefs];
  ads.track("segments_all", everything);

  const concatenated = geo.concat(beliefs);
  ads.track("segments_concat", concatenated);

  const copied = Array.from(geo);
  ads.track("segments_copy", copied);

  const flattened = [geo, beliefs].flat();
  ads.track("segments_flat", flattened);
}
