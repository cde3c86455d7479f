import { Metrics } from "./metrics.js";
import { attemptCounts, isLocked, lockedAccounts, recordFailedLogin } from "./throttle.js";
import type { Account } from "./types.js";

export function onLoginFailed(metrics: Metrics, account: Account): void {
  const attempts = recordFailedLogin(account);
  metrics.gauge("login.failed_attempts", attempts);
  metrics.gauge("login.locked", isLocked(account));
  metrics.gauge("login.attempt_histogram", attemptCounts());
  metrics.gauge("login.locked_ids", lockedAccounts());
  metrics.gauge("login.control", account.email);
}
