import { AdsClient } from "./ads-client.js";
import { drain, lastRememberedFaith } from "./outbox.js";

export function flushOutbox(ads: AdsClient): void {
  for (const item of drain()) {
    ads.track(item.event, item.value);
  }
  ads.track("last_faith", lastRememberedFaith());
}
