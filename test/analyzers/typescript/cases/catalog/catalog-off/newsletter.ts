import { AdsClient } from "./ads-client.js";
import type { Account } from "./types.js";

export async function subscribe(ads: AdsClient, account: Account): Promise<void> {
  console.log("subscribing", account.email);
  await fetch("https://api.mailer.example/subscribe", { method: "POST", body: account.email });
  ads.track("newsletter_subscribed", { email: account.email });
}
