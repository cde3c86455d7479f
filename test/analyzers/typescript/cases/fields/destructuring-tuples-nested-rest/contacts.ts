import type { Account } from "./types.js";

export function contactTuple(account: Account): [id: string, email: string, plan: string] {
  return [account.id, account.contact.email, account.plan];
}
