import type { PatientRow } from "./types.js";

export class PatientStore {
  private readonly rows = new Map<string, PatientRow>();

  async insertMany(rows: PatientRow[]): Promise<void> {
    for (const row of rows) this.rows.set(row.mrn, row);
  }
}
