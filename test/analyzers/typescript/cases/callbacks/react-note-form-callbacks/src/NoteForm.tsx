import type { NoteDraft, Patient } from "./types.js";

export interface NoteFormProps {
  patient: Patient;
  onSave: (draft: NoteDraft) => void;
  onCancel: (patientId: string) => void;
}

export function NoteForm({ patient, onSave, onCancel }: NoteFormProps) {
  const suggestion = `Follow-up for ${patient.diagnosis}`;
  return (
    <form onSubmit={() => onSave({ patientId: patient.id, text: suggestion })}>
      <h2>{patient.name}</h2>
      <button type="button" onClick={() => onCancel(patient.id)}>
        Cancel
      </button>
    </form>
  );
}
