import { restore, vitalsJson, wardJson, type VitalsSnapshot } from "./serializer.js";
import { Telemetry } from "./telemetry.js";
import type { Patient } from "./types.js";

export function publishVitals(telemetry: Telemetry, patient: Patient): void {
  const json = vitalsJson(patient);
  telemetry.record("vitals_json", json);

  const restored = restore<VitalsSnapshot>(vitalsJson(patient));
  telemetry.record("vitals_bpm", restored.vitals.bpm);

  telemetry.record("ward_json", wardJson(patient));
  const ward = JSON.parse(wardJson(patient));
  telemetry.record("ward_card", ward);

  const diagnosisText = JSON.stringify(patient.diagnosis);
  telemetry.record("diagnosis_parsed", JSON.parse(diagnosisText));

  const visitsJson = JSON.stringify(patient.visits);
  telemetry.record("visits", JSON.parse(visitsJson));
}

export function auditPatient(patient: Patient): void {
  const full = JSON.stringify(patient, null, 2);
  console.log("patient record", full);
}
