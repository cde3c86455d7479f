import { AdsClient } from "./ads-client.js";
import { AccountRepository } from "./repository.js";
import { BillingService, contactFor } from "./services.js";

export async function handleAudience(ads: AdsClient, repo: AccountRepository, billing: BillingService, id: string): Promise<void> {
  const { email, plan } = await repo.findAccount(id);
  ads.track("audience_plan", plan);
  ads.track("audience_email", email);

  const contact = await contactFor(repo, id);
  ads.track("audience_contact_id", contact.id);
  ads.track("audience_contact_address", contact.address);

  ads.track("audience_billing_plan", await billing.planOf(id));
  ads.track("audience_billing_phone", await billing.phoneOf(id));

  const [first] = await repo.listAccounts();
  ads.track("audience_first_id", first.id);
  ads.track("audience_snapshot", await repo.findAccount(id));
}
