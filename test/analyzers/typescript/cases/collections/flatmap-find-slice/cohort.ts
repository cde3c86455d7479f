import type { Patient } from "./types.js";

export function allDiagnosisTags(patients: Patient[]): string[] {
  return patients.flatMap((p) => [p.ward, p.diagnosis]);
}

export function allClinics(patients: Patient[]): string[] {
  return patients.flatMap((p) => p.visits.map((v) => v.clinic));
}

export function pulseSeries(patients: Patient[]): number[] {
  return patients.flatMap((p) => (p.heartRate > 0 ? [p.heartRate] : []));
}
