import { PartnerApi } from "./partner-api.js";

export interface VitalsExporter {
  export(patientId: string, reading: string): void;
}

export class PartnerExporter implements VitalsExporter {
  constructor(private readonly api: PartnerApi) {}

  export(patientId: string, reading: string): void {
    this.api.send("/vitals", { patientId, reading });
  }
}

export class LocalExporter implements VitalsExporter {
  private readonly rows: string[] = [];

  export(patientId: string, reading: string): void {
    this.rows.push(`${patientId}:${reading}`);
    console.debug("exported locally", patientId);
  }
}
