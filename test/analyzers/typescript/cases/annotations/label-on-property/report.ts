import type { Member, SleepRecord, WorkoutSummary } from "./models.js";

export function weeklyReport(member: Member, workout: WorkoutSummary, sleep: SleepRecord): void {
  console.log("workout", workout.durationMinutes, workout.calories);
  console.log("heart", workout.avgHeartRate);
  console.log("member", member.nickname, member.id);
  console.log("contact", member.email);
  console.log("resting", member.restingHeartRate);
  console.log("sleep", sleep.remMinutes);
}
