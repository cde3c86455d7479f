import { wardLabel } from "./formatting.js";
import { Telemetry } from "./telemetry.js";
import type { Patient } from "./types.js";

export function handoff(telemetry: Telemetry, patient: Patient, urgent: boolean): void {
  let line = patient.diagnosis;
  try {
    line = wardLabel(patient.ward);
  } catch {
    line = "unknown ward";
  }
  telemetry.record("handoff_line", line);

  let pulse = patient.heartRate;
  let room = patient.ward;
  [pulse, room] = [0, "lobby"];
  telemetry.record("handoff_pulse", pulse);
  telemetry.record("handoff_room", room);

  const note = { text: patient.diagnosis, author: "triage" };
  if (urgent) {
    note.text = "urgent case";
  } else {
    note.text = `routine case in ${patient.ward}`;
  }
  telemetry.record("handoff_note", note);

  let tags = [patient.diagnosis];
  tags = urgent ? ["urgent"] : ["routine"];
  telemetry.record("handoff_tags", tags);

  let status = `pulse ${patient.heartRate}`;
  for (const visit of patient.visits) {
    status = visit.clinic;
  }
  telemetry.record("handoff_status", status);
}
