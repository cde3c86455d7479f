import { AdsClient } from "./ads-client.js";

export interface Notifier {
  notify(message: string): void;
}

export class AdsNotifier implements Notifier {
  constructor(private readonly ads: AdsClient) {}

  notify = (message: string): void => {
    this.ads.track("notify", message);
  };
}

const ads = new AdsClient();

export const retargetingNotifier: Notifier = {
  notify(message) {
    ads.track("retarget", message);
  },
};

export function createAuditLog() {
  const lines: string[] = [];
  return {
    write: (line: string) => lines.push(line),
    publish: (line: string) => ads.track("audit", line),
  };
}
