import { contactTuple } from "./contacts.js";
import { CrmClient } from "./crm-client.js";
import type { Account } from "./types.js";

export function syncCrm(crm: CrmClient, account: Account, accounts: Account[]): void {
  const [id, email, plan] = contactTuple(account);
  crm.push("id", id);
  crm.push("email", email);
  crm.push("plan", plan);

  const [, , planOnly = "free"] = contactTuple(account);
  crm.push("plan_only", planOnly);

  const [firstId, ...tail] = contactTuple(account);
  crm.push("first_id", firstId);
  crm.push("tail", tail);

  const { contact: { phone, preferredChannel = "email" }, ...identity } = account;
  crm.push("phone", phone);
  crm.push("channel", preferredChannel);
  crm.push("identity", identity);

  const { ssn, ...withoutSsn } = account;
  void ssn;
  crm.push("without_ssn_plan", withoutSsn.plan);
  crm.push("without_ssn_contact", withoutSsn.contact);

  const [{ contact: { email: firstEmail } } = account] = accounts;
  crm.push("first_email", firstEmail);

  const [[primaryPlan], fallback] = [[account.plan], account.id];
  crm.push("primary_plan", primaryPlan);
  crm.push("fallback", fallback);
}
