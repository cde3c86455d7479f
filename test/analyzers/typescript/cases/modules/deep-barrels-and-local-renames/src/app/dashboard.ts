import { Analytics } from "../analytics.js";
import { ChartLine, diagnosisCode, heartbeat, type Patient, wardCode } from "../domain/index.js";

export function publishDashboard(analytics: Analytics, patient: Patient): void {
  analytics.capture("dash_ward", wardCode(patient));
  analytics.capture("dash_diagnosis", diagnosisCode(patient));
  analytics.capture("dash_pulse", heartbeat(patient));

  const line = new ChartLine(patient);
  analytics.capture("dash_chart_ward", line.wardLine());
  analytics.capture("dash_chart_clinical", line.clinicalLine());
}
