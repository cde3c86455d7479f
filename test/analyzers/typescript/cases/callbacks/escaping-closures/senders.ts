import { AdsClient } from "./ads-client.js";

const ads = new AdsClient();

export function makeSender(event: string, value: string): () => void {
  return () => ads.track(event, value);
}

export function makeFormatter(prefix: string): (value: string) => string {
  return (value) => `${prefix}${value}`;
}
