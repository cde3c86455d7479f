import type { Patient } from "./types.js";

export async function fetchDiagnosis(patient: Patient): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 10));
  return patient.diagnosis;
}

export async function fetchWard(patient: Patient): Promise<string> {
  return patient.ward;
}

export async function fetchHeartRate(patient: Patient): Promise<number> {
  return patient.heartRate;
}

export function timeout(ms: number): Promise<string> {
  return new Promise((resolve) => setTimeout(() => resolve("timed-out"), ms));
}
