export interface Patient {
  id: string;
  name: string;
  diagnosis: string;
}

export interface NoteDraft {
  patientId: string;
  text: string;
}
