import { currentUserEmail } from "./session.js";
import type { Account } from "./types.js";

export function contactLine(account: Account, address: string = account.email): string {
  return `${account.id} <${address}>`;
}

export function greeting(name: string, to: string = currentUserEmail()): string {
  return `Hello ${name}, we wrote to ${to}`;
}

export function planLine(account: Account, label: string = account.plan): string {
  return `${account.id}: ${label}`;
}
