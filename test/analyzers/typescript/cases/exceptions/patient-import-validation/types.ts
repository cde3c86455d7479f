export interface PatientRow {
  mrn: string;
  fullName: string;
  diagnosisCode: string;
  ward: string;
}
