import * as amplitude from "@amplitude/analytics-node";
import Mixpanel from "mixpanel";
import type { Account } from "./types.js";

const mixpanel = Mixpanel.init(process.env.MIXPANEL_TOKEN ?? "");

export function identify(account: Account): void {
  mixpanel.track("Signed Up", { distinct_id: account.id, plan: account.plan });
  mixpanel.people.set(account.id, { $email: account.email, plan: account.plan });
  amplitude.track("Plan Viewed", { plan: account.plan }, { user_id: account.id });
  amplitude.setUserId(account.email);
}
