import type { Patient } from "./types.js";

export interface VitalsSnapshot {
  id: string;
  vitals: { bpm: number };
}

export function vitalsJson(patient: Patient): string {
  const snapshot: VitalsSnapshot = {
    id: patient.id,
    vitals: { bpm: patient.heartRate },
  };
  return JSON.stringify(snapshot);
}

export function wardJson(patient: Patient): string {
  return JSON.stringify({ id: patient.id, ward: patient.ward }, null, 2);
}

export function restore<T>(text: string): T {
  return JSON.parse(text) as T;
}
