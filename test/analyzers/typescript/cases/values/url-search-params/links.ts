import type { Account } from "./types.js";

const PARTNER = "https://partner.example";

export function callbackUrl(account: Account): string {
  const params = new URLSearchParams({ uid: account.id, email: account.email });
  return `${PARTNER}/cb?${params.toString()}`;
}

export function planUrl(account: Account): string {
  const params = new URLSearchParams({ uid: account.id, plan: account.plan });
  return `${PARTNER}/plan?${params}`;
}

export function profilePath(account: Account): string {
  return `${PARTNER}/u/${encodeURIComponent(account.displayName)}`;
}
