import { posthog } from "./analytics.js";
import { summarize } from "./summary.js";
import type { WorkoutSample } from "./types.js";

export function reportWorkout(userId: string, samples: WorkoutSample[]): void {
  const summary = summarize(samples);
  posthog.capture({ distinctId: userId, event: "workout_finished", properties: { steps: summary.totalSteps } });
  posthog.capture({ distinctId: userId, event: "workout_intensity", properties: { avgBpm: summary.avgHeartRate.toFixed(0) } });
  posthog.capture({ distinctId: userId, event: "workout_zone", properties: { zone: summary.peakZone, vigorous: summary.avgHeartRate > 140 } });
  posthog.capture({ distinctId: userId, event: "workout_area", properties: { area: summary.area } });
  posthog.capture({ distinctId: userId, event: "workout_size", properties: { samples: samples.length, long: summary.totalSteps > 10_000 } });
}
