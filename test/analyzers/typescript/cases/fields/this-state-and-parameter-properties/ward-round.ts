import { Telemetry } from "./telemetry.js";
import type { Patient } from "./types.js";
import { VisitSession } from "./visit-session.js";

export function wardRound(telemetry: Telemetry, patient: Patient): void {
  const session = new VisitSession(patient, telemetry, "clinic-7");
  session.admit();
  session.measure();
  session.publish();
  telemetry.record("round_headline", session.headline());
  telemetry.record("round_clinic", session.clinicId);
  telemetry.record("round_visits", session.patientRef().visits);
  telemetry.record("round_patient_pulse", session.patientRef().heartRate);
}
