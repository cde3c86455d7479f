import { Logger } from "./logger.js";

export interface Account {
  id: string;
  email: string;
  plan: "free" | "pro";
}

export function onSignup(account: Account): void {
  Logger.info("signup", { id: account.id, email: account.email });
}

export function onPlanChange(account: Account, previous: Account["plan"]): void {
  Logger.info("plan changed", { id: account.id, from: previous, to: account.plan });
}

export function onBounce(account: Account, reason: string): void {
  Logger.warn("mail bounced", { address: account.email, reason });
}

export function onLogin(account: Account, ip: string): void {
  Logger.info("login", { user: account.email, ip });
}
