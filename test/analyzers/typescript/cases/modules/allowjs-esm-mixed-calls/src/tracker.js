import { AdsClient } from "./ads-client.js";

const ads = new AdsClient();

export function trackSegment(name, value) {
  ads.track("segment_" + name, value);
}

export function countSegment(name, value) {
  void value;
  ads.track("segment_count", name);
}
