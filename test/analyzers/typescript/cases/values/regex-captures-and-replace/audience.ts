import { AdsClient } from "./ads-client.js";
import { emailDomain, nameInitials, phoneDigitGroups, planCode } from "./contact-parser.js";
import type { Account } from "./types.js";

export function enrichAudience(ads: AdsClient, account: Account): void {
  ads.track("audience_domain", emailDomain(account));
  ads.track("audience_initials", nameInitials(account));
  ads.track("audience_phone_groups", phoneDigitGroups(account));
  ads.track("audience_plan_code", planCode(account));

  const host = account.email.match(/@(?<host>[^.]+)\./)?.groups?.host;
  ads.track("audience_host", host);

  const masked = account.email.replace(/(?<=^.).*(?=@)/, () => "***");
  ads.track("audience_masked", masked);

  const shouted = account.displayName.replace(/\w+/g, (word) => word.toUpperCase());
  ads.track("audience_shouted", shouted);

  const callout = "Call {who} today".replace("{who}", () => account.phone);
  ads.track("audience_callout", callout);

  const greeting = "Hello {who}".replace("{who}", account.displayName);
  ads.track("audience_greeting", greeting);

  const isCorporate = /@corp\.example$/.test(account.email);
  ads.track("audience_corporate", isCorporate);
}
