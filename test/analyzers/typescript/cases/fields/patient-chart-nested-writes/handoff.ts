import { PartnerFeed } from "./partner-feed.js";
import type { Chart, Patient } from "./types.js";

export function publishHandoff(feed: PartnerFeed, patient: Patient): void {
  const chart: Chart = {
    meta: { patientId: patient.id, ward: patient.ward },
    clinical: { diagnosis: "", pulse: 0 },
    billing: { insurer: patient.insurer },
  };
  chart.clinical.diagnosis = patient.diagnosis;
  chart.clinical.pulse = patient.heartRate;

  feed.send("meta", chart.meta);
  feed.send("billing", chart.billing);
  feed.send("clinical", chart.clinical);

  chart.clinical.diagnosis = "withheld";
  feed.send("diagnosis_after_review", chart.clinical.diagnosis);
  feed.send("chart", chart);
}
