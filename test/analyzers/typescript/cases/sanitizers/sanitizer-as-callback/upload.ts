import { AdsClient } from "./ads-client.js";
import { hashEmail, lowerCase } from "./hash.js";
import type { Account } from "./types.js";

export function uploadMatchKeys(ads: AdsClient, accounts: Account[]): void {
  const emails = accounts.map((a) => a.email);
  ads.track("match_keys", emails.map(hashEmail));
  ads.track("match_keys_inline", emails.map((e) => hashEmail(e)));
  ads.track("match_keys_lower", emails.map(lowerCase));
}
