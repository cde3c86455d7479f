import { Telemetry } from "./telemetry.js";
import type { Patient } from "./types.js";

export class VisitSession {
  private lastDiagnosis = "";
  private readonly wardHistory: string[] = [];
  private pulse = 0;
  private checks = 0;

  constructor(
    private readonly patient: Patient,
    private readonly telemetry: Telemetry,
    public readonly clinicId: string,
  ) {}

  admit(): void {
    this.wardHistory.push(this.patient.ward);
    this.lastDiagnosis = this.patient.diagnosis;
  }

  measure(): void {
    this.pulse = this.patient.heartRate;
    this.checks += 1;
  }

  publish(): void {
    this.telemetry.record("clinic", this.clinicId);
    this.telemetry.record("wards", this.wardHistory);
    this.telemetry.record("checks", this.checks);
    this.telemetry.record("diagnosis", this.lastDiagnosis);
    this.telemetry.record("pulse", this.pulse);
  }

  headline(): string {
    return `${this.clinicId}: ${this.patient.name} (${this.patient.ward})`;
  }

  patientRef(): Patient {
    return this.patient;
  }
}
