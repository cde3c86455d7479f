import { redact } from "@heartline/privacy";
import type { Account } from "./types.js";

export function logLogin(account: Account): void {
  console.info("login", redact(account.email));
}
