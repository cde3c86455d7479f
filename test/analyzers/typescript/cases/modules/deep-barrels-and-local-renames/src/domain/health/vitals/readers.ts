import type { Patient } from "../../../types.js";

function readDiagnosisCode(patient: Patient): string {
  return patient.diagnosis.split(" ")[0] ?? "";
}

function readWardCode(patient: Patient): string {
  return patient.ward.toUpperCase();
}

export const pulseOf = (patient: Patient): number => patient.heartRate;

export { readDiagnosisCode as diagnosisCode, readWardCode as wardCode };
