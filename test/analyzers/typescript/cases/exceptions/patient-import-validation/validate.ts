import type { PatientRow } from "./types.js";

export interface Issue {
  row: number;
  field: string;
  value: string;
}

export class ImportFailed extends Error {
  constructor(readonly issues: Issue[]) {
    super(`${issues.length} invalid rows`);
    this.name = "ImportFailed";
  }
}

const ICD10 = /^[A-Z]\d{2}(\.\d{1,2})?$/;

export function validateRows(rows: PatientRow[]): PatientRow[] {
  const issues: Issue[] = [];
  rows.forEach((row, index) => {
    if (!ICD10.test(row.diagnosisCode)) issues.push({ row: index + 1, field: "diagnosisCode", value: row.diagnosisCode });
    if (!row.mrn) issues.push({ row: index + 1, field: "mrn", value: "" });
  });
  if (issues.length > 0) throw new ImportFailed(issues);
  return rows;
}
