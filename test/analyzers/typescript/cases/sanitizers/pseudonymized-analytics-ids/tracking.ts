import Mixpanel from "mixpanel";
import { Pseudonymizer, RotatingPseudonymizer, sha256Hex } from "./pseudonymizer.js";
import type { Account } from "./types.js";

const mixpanel = Mixpanel.init(process.env.MIXPANEL_TOKEN ?? "");

export function trackSignup(ids: Pseudonymizer, rotating: RotatingPseudonymizer, account: Account): void {
  mixpanel.track("Signed Up", { distinct_id: ids.pseudonymize(account.email), plan: account.plan });
  mixpanel.track("Phone Added", { distinct_id: rotating.pseudonymize(account.phone) });
  mixpanel.track("Contact Hashed", { hash: sha256Hex(account.email) });
  const contact = account.preferredChannel === "sms" ? ids.pseudonymize(account.phone) : account.email;
  mixpanel.track("Contact Preferred", { contact });
  mixpanel.track("Identity Linked", { key: ids.pseudonymize(`${account.email}|${account.ssn}`) });
}
