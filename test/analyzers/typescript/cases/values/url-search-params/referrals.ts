import { callbackUrl, planUrl, profilePath } from "./links.js";
import { ReferralPartner } from "./referral-partner.js";
import type { Account } from "./types.js";

export function shareReferral(partner: ReferralPartner, account: Account): void {
  partner.ping(callbackUrl(account));
  partner.ping(planUrl(account));
  partner.ping(profilePath(account));

  const refOnly = new URLSearchParams();
  refOnly.set("ref", account.id);
  refOnly.append("plan", account.plan);
  partner.ping(`https://partner.example/r?${refOnly.toString()}`);

  const withPhone = new URLSearchParams();
  withPhone.set("ref", account.id);
  withPhone.append("sms", account.phone);
  partner.ping(`https://partner.example/r?${withPhone.toString()}`);

  const encodedEmail = encodeURIComponent(account.email);
  partner.ping(`https://partner.example/invite/${encodedEmail}`);

  const invite = new URL("https://partner.example/invite");
  invite.searchParams.set("to", account.email);
  partner.ping(invite.toString());

  const decodedName = decodeURIComponent(encodeURIComponent(account.displayName));
  partner.ping(`https://partner.example/hello/${decodedName}`);
}
