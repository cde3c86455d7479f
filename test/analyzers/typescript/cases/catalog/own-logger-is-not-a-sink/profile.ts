import { analytics, logger } from "./logger.js";
import type { Account } from "./types.js";

export function updateEmail(account: Account, email: string): void {
  logger.info("email changed", { id: account.id, previous: account.email, email });
  analytics.track("email_changed", { email: account.email });
  console.info("email changed for", account.email);
}
