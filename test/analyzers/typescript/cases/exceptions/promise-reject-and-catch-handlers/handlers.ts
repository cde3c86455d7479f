import { checkBed, rejectReading, triage } from "./triage.js";
import type { Patient, ReadingRejection } from "./types.js";

export function admit(patient: Patient): void {
  triage(patient)
    .then((ward) => console.info("triaged to", ward))
    .catch((error: unknown) => console.error("triage failed", error));

  checkBed(patient).catch((error: Error) => console.error("bed check failed", error.message));
}

export function monitor(patient: Patient): void {
  rejectReading(patient).then(
    () => console.info("reading accepted"),
    (reason: ReadingRejection) => console.warn("reading rejected", reason.bpm),
  );
  rejectReading(patient).catch((reason: ReadingRejection) => console.warn("reading code", reason.code));

  Promise.reject(patient.diagnosis)
    .catch((value: unknown) => console.error("direct rejection", value));
}
