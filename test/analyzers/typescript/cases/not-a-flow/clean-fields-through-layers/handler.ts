import { AdsClient } from "./ads-client.js";
import { AccountService } from "./account-service.js";

export function onDashboardView(ads: AdsClient, service: AccountService, accountId: string): void {
  ads.track("dash_summary", service.summary(accountId));
  ads.track("dash_plans", service.plans());
  ads.track("dash_verified", service.hasVerifiedIdentity(accountId));

  const account = service.raw(accountId);
  ads.track("dash_created", account?.createdAt);
  const { id, plan } = account ?? { id: "anon", plan: "free" };
  ads.track("dash_identity", `${id}/${plan}`);

  ads.track("dash_control", account?.email);
}
