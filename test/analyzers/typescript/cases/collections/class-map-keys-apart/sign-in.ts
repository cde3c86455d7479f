import pino from "pino";
import { LoginThrottle } from "./throttle.js";
import type { Account } from "./types.js";

const logger = pino({ name: "auth" });
const throttle = new LoginThrottle();

export function onSignInFailed(account: Account): void {
  const attempts = throttle.fail(account.email);
  logger.info({ accountId: account.id, attempts }, "sign-in failed");
  logger.info({ current: throttle.countFor(account.email) }, "attempts so far");
  logger.warn({ locked: throttle.lockedAddresses() }, "locked addresses");
}
