import { AdsClient } from "./ads-client.js";
import { lookupEmail, lookupPlan, verifyPhone } from "./lookup.js";
import type { Account } from "./types.js";

export function syncAudience(ads: AdsClient, accounts: Map<string, Account>, id: string): Promise<void> {
  return lookupEmail(accounts, id)
    .then((email) => email.toLowerCase())
    .then((email) => ads.track("audience_email", email))
    .catch((error: unknown) => console.error("audience lookup failed", error))
    .finally(() => console.info("audience lookup done", id));
}

export function syncPlan(ads: AdsClient, accounts: Map<string, Account>, id: string): Promise<void> {
  return lookupPlan(accounts, id)
    .then((plan) => ads.track("audience_plan", plan))
    .finally(() => console.info("plan lookup done"));
}

export function checkPhone(account: Account): Promise<void> {
  return verifyPhone(account)
    .then((ok) => console.info("phone verified", ok))
    .catch((error: Error) => console.warn("phone rejected", error.message));
}

export async function loadEmail(accounts: Map<string, Account>, id: string): Promise<string> {
  const email = await lookupEmail(accounts, id).finally(() => console.info("cleanup", id));
  console.info("loaded after finally", email);
  return email;
}
