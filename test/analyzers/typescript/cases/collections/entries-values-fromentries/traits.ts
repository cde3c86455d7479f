import type { Account } from "./types.js";

export function publicTraits(account: Account): Record<string, string> {
  const raw = { plan: account.plan, country: account.country };
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, value.toUpperCase()]));
}

export function contactTraits(account: Account): Record<string, string> {
  const raw = {
    plan: account.plan,
    email: account.email,
  };
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key.toUpperCase(), value]));
}

export function channels(account: Account): Record<string, string> {
  return {
    mail: account.email,
    sms: account.phone,
  };
}
