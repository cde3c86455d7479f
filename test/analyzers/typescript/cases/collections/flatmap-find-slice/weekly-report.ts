import { allClinics, allDiagnosisTags, pulseSeries } from "./cohort.js";
import { Telemetry } from "./telemetry.js";
import type { Patient } from "./types.js";

export function weeklyReport(telemetry: Telemetry, patients: Patient[]): void {
  telemetry.record("tags", allDiagnosisTags(patients));
  telemetry.record("clinics", allClinics(patients));
  telemetry.record("pulses", pulseSeries(patients));

  const critical = patients.find((p) => p.heartRate > 140);
  telemetry.record("critical_ward", critical?.ward);
  telemetry.record("critical_diagnosis", critical?.diagnosis);

  const latest = patients.findLast((p) => p.diagnosis !== "");
  telemetry.record("latest_id", latest?.id);
  telemetry.record("latest_pulse", latest?.heartRate);

  const anyTachycardia = patients.some((p) => p.heartRate > 100);
  telemetry.record("any_tachycardia", anyTachycardia);

  const firstPulses = patients.slice(0, 3).map((p) => p.heartRate);
  telemetry.record("first_pulses", firstPulses);

  const lastWards = patients.slice(-3).map((p) => p.ward);
  telemetry.record("last_wards", lastWards);

  const sortedNames = patients.toSorted((a, b) => a.heartRate - b.heartRate).map((p) => p.name);
  telemetry.record("sorted_names", sortedNames);
}
