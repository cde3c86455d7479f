import { Analytics } from "./analytics.js";
import { fetchDiagnosis, fetchHeartRate, fetchWard, timeout } from "./records.js";
import type { Patient } from "./types.js";

export async function summarize(analytics: Analytics, patient: Patient): Promise<void> {
  const first = await Promise.race([fetchDiagnosis(patient), timeout(500)]);
  console.info("race diagnosis", first);
  const wardFirst = await Promise.race([fetchWard(patient), timeout(500)]);
  console.info("race ward", wardFirst);

  const fastest = await Promise.any([fetchWard(patient), fetchHeartRate(patient)]);
  analytics.capture("any_reading", fastest);
  const anyWard = await Promise.any([fetchWard(patient), timeout(100)]);
  analytics.capture("any_ward", anyWard);

  const [wardResult, diagnosisResult] = await Promise.allSettled([fetchWard(patient), fetchDiagnosis(patient)]);
  if (wardResult.status === "fulfilled") {
    analytics.capture("settled_ward", wardResult.value);
  }
  if (diagnosisResult.status === "fulfilled") {
    analytics.capture("settled_diagnosis", diagnosisResult.value);
  }
}
