export interface ClinicalNote {
  id: string;
  patientId: string;
  title: string;
  body: string;
  writtenAt: string;
}
