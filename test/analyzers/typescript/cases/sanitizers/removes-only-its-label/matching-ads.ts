import { AdsClient } from "./ads-client.js";
import { hashEmail } from "./crypto.js";
import type { Account, Profile } from "./types.js";

export function lookalike(ads: AdsClient, account: Account, profile: Profile): void {
  ads.track("lookalike_email", hashEmail(account.email));
  const key = hashEmail(`${account.email}|${profile.religion}`);
  ads.track("lookalike_key", key);
  ads.track("lookalike_raw", account.email);
}
