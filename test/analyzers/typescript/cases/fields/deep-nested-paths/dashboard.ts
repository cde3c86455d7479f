import { exportRow, summarize } from "./health-summary.js";
import { Telemetry } from "./telemetry.js";
import type { User } from "./types.js";

export function refreshDashboard(telemetry: Telemetry, user: User): void {
  telemetry.record("blood", user.profile.health.bloodType);
  telemetry.record("insurer", user.profile.health.insurer);
  telemetry.record("health", user.profile.health);
  telemetry.record("city", user.profile.contact.city);
  telemetry.record("contact", user.profile.contact);
  telemetry.record("name", user.profile.displayName);

  const summary = summarize(user);
  telemetry.record("summary_meta", summary.meta);
  telemetry.record("summary_id", summary.patient.id);
  telemetry.record("summary_insurer", summary.patient.vitals.insurer);
  telemetry.record("summary_blood", summary.patient.vitals.blood);
  telemetry.record("summary_patient", summary.patient);

  const row = exportRow(user);
  telemetry.record("row_note", row.user.medical.note);
  telemetry.record("row_id", row.user.id);
  telemetry.record("row_meta", row.meta);
  telemetry.record("row_medical", row.user.medical);
}
