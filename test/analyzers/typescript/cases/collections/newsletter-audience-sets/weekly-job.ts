import { buildAudiences } from "./audience.js";
import { MarketingApi } from "./marketing-api.js";
import type { Subscriber } from "./types.js";

export async function runWeeklyAudienceJob(loadSubscribers: () => Promise<Subscriber[]>): Promise<void> {
  const subscribers = await loadSubscribers();
  buildAudiences(new MarketingApi(), subscribers);
}
