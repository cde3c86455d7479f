import { Metrics } from "./metrics.js";
import type { Account } from "./types.js";

const metrics = new Metrics("accounts");

export function onSignup(account: Account): void {
  metrics.increment("signup", { plan: account.plan });
}

export function onEmailVerified(account: Account): void {
  metrics.increment("email_verified", { domain: account.email.split("@")[1] ?? "unknown" });
}

export function onPasswordReset(account: Account): string {
  const token = metrics.timed("reset_token", () => `${account.id}:${Date.now()}`);
  console.info("reset token issued", token);
  const contact = metrics.timed("reset_contact", () => account.email);
  console.info("reset mail sent to", contact);
  return token;
}
