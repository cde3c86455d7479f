import { Telemetry } from "./telemetry.js";
import type { Patient } from "./types.js";
import { VitalsStore } from "./vitals-store.js";

export function refresh(telemetry: Telemetry, store: VitalsStore, patients: Patient[]): void {
  telemetry.record("pulses", store.pulses());
  telemetry.record("wards", store.wards());
  telemetry.record("ids", store.patientIds());
  for (const [patientId, bpm] of store.pulseEntries()) {
    telemetry.record("entry_id", patientId);
    telemetry.record("entry_bpm", bpm);
  }

  const diagnosesByWard = patients.reduce<Record<string, string[]>>((acc, p) => {
    (acc[p.ward] ??= []).push(p.diagnosis);
    return acc;
  }, {});
  telemetry.record("diagnoses_by_ward", diagnosesByWard);

  const countByWard = patients.reduce<Record<string, number>>((acc, p) => {
    acc[p.ward] = (acc[p.ward] ?? 0) + 1;
    return acc;
  }, {});
  telemetry.record("count_by_ward", countByWard);

  const first = patients[0];
  const card = new Map<string, string>();
  card.set("ward", first.ward);
  card.set("diagnosis", first.diagnosis);
  telemetry.record("card_ward", card.get("ward"));
  card.forEach((value, key) => {
    telemetry.record("card_key", key);
    telemetry.record("card_value", value);
  });
}
