import { AdsClient } from "./ads-client.js";
import { contact, display } from "./format.js";
import { CampaignMailer } from "./mailer.js";
import type { Account } from "./types.js";

export function runCampaign(ads: AdsClient, mailer: CampaignMailer, account: Account): void {
  ads.track("logins", display(account.loginCount));
  ads.track("contact_email", display(account.email));

  const byId = contact("id", account.id);
  ads.track("contact_id", byId.value);

  const byEmail = contact("email", account.email, true);
  ads.track("contact_kind", byEmail.kind);
  ads.track("contact_value", byEmail.value);

  mailer.announce(account.email);
  mailer.announce("spring-sale", account.phone);
}
