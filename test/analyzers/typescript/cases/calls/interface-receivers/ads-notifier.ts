import { AdsClient } from "./ads-client.js";
import type { Notifier } from "./notifier.js";

export class AdsRetargetingNotifier implements Notifier {
  constructor(private readonly ads: AdsClient) {}

  notify(userId: string, message: string): void {
    this.ads.track("retarget", { userId, message });
  }
}
