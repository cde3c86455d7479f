import type { Patient, ReadingRejection } from "./types.js";

export function triage(patient: Patient): Promise<string> {
  if (!patient.ward) {
    return Promise.reject(new Error(`unassigned patient with ${patient.diagnosis}`));
  }
  return Promise.resolve(patient.ward);
}

export function checkBed(patient: Patient): Promise<string> {
  return patient.ward ? Promise.resolve(patient.ward) : Promise.reject(new Error(`no bed for ${patient.id}`));
}

export function rejectReading(patient: Patient): Promise<never> {
  const rejection: ReadingRejection = { code: "HR_HIGH", bpm: patient.heartRate };
  return Promise.reject(rejection);
}
