import type { Patient } from "./types.js";

export class VitalsStore {
  private readonly latestPulse = new Map<string, number>();
  private readonly wardOf = new Map<string, string>();

  record(patient: Patient): void {
    this.latestPulse.set(patient.id, patient.heartRate);
    this.wardOf.set(patient.id, patient.ward);
  }

  pulses(): number[] {
    return [...this.latestPulse.values()];
  }

  wards(): string[] {
    return Array.from(this.wardOf.values());
  }

  patientIds(): string[] {
    return [...this.latestPulse.keys()];
  }

  pulseEntries(): IterableIterator<[string, number]> {
    return this.latestPulse.entries();
  }
}
