import { Injectable, Logger } from "@nestjs/common";
import { Analytics } from "@segment/analytics-node";
import type { Account } from "./types.js";

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);
  private readonly analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY ?? "" });

  upgrade(account: Account): void {
    this.logger.log(`upgrading ${account.id}`);
    this.analytics.track({ userId: account.id, event: "Plan Upgraded", properties: { plan: account.plan } });
    this.analytics.identify({ userId: account.id, traits: { email: account.email } });
    this.logger.warn(`upgrade mail to ${account.email}`);
  }
}
