import pino from "pino";
import type { Account } from "./types.js";

const audit = pino(pino.destination("/var/log/heartline/audit.log"));

export function recordLogin(account: Account): void {
  audit.info({ email: account.email }, "login");
  console.log(`login by ${account.email}`);
}
