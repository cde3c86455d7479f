import { wardEvents } from "./device-feed.js";
import type { Patient } from "./types.js";

export function admit(patient: Patient): void {
  wardEvents.emit("diagnosis", patient.diagnosis);
}

export function discharge(patient: Patient): void {
  wardEvents.emit("discharge", patient.ward);
}
