import { AdsClient } from "./ads-client.js";
import { hashEmail } from "./crypto.js";
import type { Account } from "./types.js";

function toAudienceEntry(account: Account) {
  return { id: account.id, emailHash: hashEmail(account.email) };
}

function contactOf(account: Account) {
  return { id: account.id, email: account.email };
}

export function uploadAudience(ads: AdsClient, accounts: Account[]): void {
  for (const account of accounts) {
    ads.track("audience_entry", toAudienceEntry(account));
    ads.track("audience_contact", contactOf(account));
  }
}
