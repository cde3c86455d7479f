import type { WorkoutSample } from "./types.js";

export interface WorkoutSummary {
  totalSteps: number;
  avgHeartRate: number;
  peakZone: number;
  area: string;
}

export function summarize(samples: WorkoutSample[]): WorkoutSummary {
  const totalSteps = samples.reduce((sum, s) => sum + s.steps, 0);
  const avgHeartRate = samples.reduce((sum, s) => sum + s.heartRate, 0) / Math.max(samples.length, 1);
  const peakZone = Math.min(5, Math.floor(Math.max(...samples.map((s) => s.heartRate)) / 35));
  const area = samples[0]?.geohash.slice(0, 4) ?? "none";
  return { totalSteps, avgHeartRate: Math.round(avgHeartRate), peakZone, area };
}
