import type { Patient } from "../../../types.js";

export default class ChartLine {
  constructor(private readonly patient: Patient) {}

  wardLine(): string {
    return `${this.patient.id}@${this.patient.ward}`;
  }

  clinicalLine(): string {
    return `${this.patient.id}: ${this.patient.diagnosis}`;
  }
}
