import { MarketingApi } from "./marketing-api.js";
import type { Subscriber } from "./types.js";

export function buildAudiences(api: MarketingApi, subscribers: Subscriber[]): void {
  const emails = new Set<string>();
  const idsByPlan = new Map<string, string[]>();
  for (const s of subscribers) {
    if (!s.optedIn) continue;
    emails.add(s.email.toLowerCase());
    const ids = idsByPlan.get(s.plan) ?? [];
    ids.push(s.id);
    idsByPlan.set(s.plan, ids);
  }

  api.upsertAudience("all", [...emails]);
  api.upsertAudience("pro", idsByPlan.get("pro") ?? []);
  api.reportCounts({ total: emails.size, plans: [...idsByPlan.keys()] });

  const domains = Array.from(emails, (address) => address.split("@")[1] ?? "");
  api.upsertAudience("domains", [...new Set(domains)]);
  api.reportCounts({ teamSeats: idsByPlan.get("team")?.length ?? 0, hasInternal: emails.has("ops@acme.io") });
}
