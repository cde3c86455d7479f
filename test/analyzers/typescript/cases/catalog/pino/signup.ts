import type { Logger } from "pino";
import { logger } from "./logger.js";
import type { Account } from "./types.js";

export class SignupService {
  constructor(private readonly log: Logger) {}

  register(account: Account): void {
    logger.info({ accountId: account.id, plan: account.plan }, "account registered");
    logger.info({ email: account.email }, "welcome mail queued");
    const requestLog = logger.child({ accountId: account.id });
    requestLog.warn(`double opt-in pending for ${account.email}`);
    this.log.error({ account }, "could not sync account");
  }
}
