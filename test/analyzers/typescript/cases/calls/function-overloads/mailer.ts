import { AdsClient } from "./ads-client.js";

export class CampaignMailer {
  constructor(private readonly ads: AdsClient) {}

  announce(subject: string): void;
  announce(subject: string, recipient: string): void;
  announce(subject: string, recipient?: string): void {
    const audience = recipient ?? "all-subscribers";
    this.ads.track("campaign_announce", audience);
  }
}
