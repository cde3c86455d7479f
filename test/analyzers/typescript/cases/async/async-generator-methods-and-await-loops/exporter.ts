import { Analytics } from "./analytics.js";
import { WearableClient } from "./wearable-client.js";

export async function exportStreams(analytics: Analytics, client: WearableClient): Promise<void> {
  for await (const minutes of client.durations()) {
    analytics.capture("workout_duration", minutes);
  }
  for await (const bpm of client.heartRates()) {
    analytics.capture("workout_bpm", bpm);
  }
  for await (const sample of client.stream()) {
    analytics.capture("workout_device", sample.deviceId);
    const route = sample.route;
    analytics.capture("workout_route", route);
  }
}

export async function exportLatest(analytics: Analytics, client: WearableClient, ids: string[]): Promise<void> {
  let total = 0;
  const peaks: number[] = [];
  for (const id of ids) {
    const sample = await client.latest(id);
    total += sample.durationMin;
    peaks.push(sample.heartRate);
  }
  analytics.capture("latest_total_duration", total);
  analytics.capture("latest_peaks", peaks);

  let cursor: number | null = 0;
  const routes: string[] = [];
  while (cursor !== null) {
    const page = await client.fetchPage(cursor);
    routes.push(...page.items.map((item) => item.route));
    cursor = page.next;
  }
  analytics.capture("all_routes", routes);
}
