import { AdsClient } from "./ads-client.js";
import { EventBuilder, NormalizingBuilder } from "./event-builder.js";
import { AuditRecorder, VerboseRecorder } from "./recorders.js";
import type { Account } from "./types.js";

export function onSignup(ads: AdsClient, account: Account): void {
  new AuditRecorder().record("signup", account.email);
  new VerboseRecorder().record("signup", account.phone);

  const contact = new EventBuilder()
    .named("signup_contact")
    .forUser(account.id)
    .with("address", account.email)
    .build();
  ads.track(contact.name, contact.props);
  ads.track("signup_user", contact.userId);

  const plan = new EventBuilder().named("signup_plan").with("plan", account.plan).build();
  ads.track("signup_plan", plan.props);

  const normalized = new NormalizingBuilder().named("signup_normalized").with("Phone", account.phone).build();
  ads.track("signup_normalized", normalized.props);
}
