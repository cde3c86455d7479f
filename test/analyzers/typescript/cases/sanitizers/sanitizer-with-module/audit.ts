import { redact } from "./strings.js";
import type { Account } from "./types.js";

export function logAudit(account: Account): void {
  console.info("audit", redact(account.email));
}
