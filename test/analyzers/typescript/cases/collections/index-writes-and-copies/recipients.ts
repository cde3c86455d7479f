import type { Account } from "./types.js";

export function recipientsFor(accounts: Account[]): string[] {
  const recipients: string[] = new Array(accounts.length);
  for (let i = 0; i < accounts.length; i++) {
    recipients[i] = accounts[i].email;
  }
  return recipients;
}

export function displayNames(accounts: Account[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < accounts.length; i++) {
    names[i] = accounts[i].displayName;
  }
  return names;
}
