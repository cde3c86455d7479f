import type { Account } from "./types.js";

const EMAIL_PARTS = /^([^@]+)@(.+)$/;
const DIGIT_RUNS = /\d+/g;

export function emailDomain(account: Account): string {
  const match = EMAIL_PARTS.exec(account.email);
  return match ? match[2] : "unknown";
}

export function nameInitials(account: Account): string {
  const initials = account.displayName.match(/\b\w/g) ?? [];
  return initials.join("");
}

export function phoneDigitGroups(account: Account): string[] {
  const groups: string[] = [];
  for (const run of account.phone.matchAll(DIGIT_RUNS)) {
    groups.push(run[0]);
  }
  return groups;
}

export function planCode(account: Account): string {
  const [, code] = /^(\w)/.exec(account.plan) ?? ["", "x"];
  return code;
}
