import type { Athlete } from "./types.js";

function average(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / Math.max(values.length, 1);
}

export function topWalkers(athletes: Athlete[]): string[] {
  return [...athletes].sort((a, b) => b.weeklySteps - a.weeklySteps).slice(0, 3).map((a) => a.nickname);
}

export function calmestTeams(athletes: Athlete[]): string[] {
  const ratesByTeam = new Map<string, number[]>();
  for (const a of athletes) ratesByTeam.set(a.team, [...(ratesByTeam.get(a.team) ?? []), a.restingHeartRate]);
  return [...ratesByTeam.keys()].sort((x, y) => average(ratesByTeam.get(x) ?? []) - average(ratesByTeam.get(y) ?? []));
}

export function heartRateBands(athletes: Athlete[]): Record<string, number[]> {
  const bands: Record<string, number[]> = {};
  for (const a of athletes) (bands[a.team] ??= []).push(a.restingHeartRate);
  return bands;
}
