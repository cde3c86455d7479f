import { AdsClient } from "./ads-client.js";

const ads = new AdsClient();

export function trackAttribute(name: string, value: string): void {
  ads.track(`attribute_${name}`, value);
}
