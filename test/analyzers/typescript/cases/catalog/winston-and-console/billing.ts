import { appLogger } from "./logging.js";
import type { Account } from "./types.js";

export function chargeFailed(account: Account, reason: string): void {
  appLogger.error("charge failed", { accountId: account.id, reason });
  appLogger.log("warn", `charge failed for ${account.email}`);
  console.table([{ id: account.id, email: account.email }]);
  console.debug("retrying charge", account.id);
}
