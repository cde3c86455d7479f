import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function audienceReport(ads: AdsClient, profiles: Profile[]): void {
  const faithList = profiles.reduce((acc, p) => `${acc}${p.religion};`, "");
  ads.track("report_faith_list", faithList);

  const totalAge = profiles.reduce((sum, p) => sum + p.age, 0);
  ads.track("report_total_age", totalAge);

  const lines: string[] = [];
  profiles.forEach((p) => {
    lines.push(`${p.displayName}: ${p.religion}`);
  });
  ads.track("report_lines", lines);

  const byCity: Record<string, number> = {};
  profiles.forEach((p) => {
    byCity[p.city] = (byCity[p.city] ?? 0) + 1;
  });
  ads.track("report_by_city", byCity);
}
