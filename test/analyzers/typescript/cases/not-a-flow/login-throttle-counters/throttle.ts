import type { Account } from "./types.js";

const attemptsByEmail = new Map<string, number>();
const lockedIds: string[] = [];

export function recordFailedLogin(account: Account): number {
  const key = account.email.trim().toLowerCase();
  const attempts = (attemptsByEmail.get(key) ?? 0) + 1;
  attemptsByEmail.set(key, attempts);
  if (attempts >= 5 && !lockedIds.includes(account.id)) lockedIds.push(account.id);
  return attempts;
}

export function isLocked(account: Account): boolean {
  return (attemptsByEmail.get(account.email.trim().toLowerCase()) ?? 0) >= 5;
}

export function attemptCounts(): number[] {
  return [...attemptsByEmail.values()];
}

export function lockedAccounts(): string[] {
  return [...lockedIds];
}
