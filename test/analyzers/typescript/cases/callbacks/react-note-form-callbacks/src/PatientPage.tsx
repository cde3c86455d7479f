import { NoteForm } from "./NoteForm.js";
import { trackEvent } from "./telemetry.js";
import type { NoteDraft, Patient } from "./types.js";

export function PatientPage({ patient }: { patient: Patient }) {
  const saved = (draft: NoteDraft) => trackEvent("note_saved", { patientId: draft.patientId, text: draft.text });
  return (
    <main>
      <NoteForm
        patient={patient}
        onSave={saved}
        onCancel={(id) => trackEvent("note_cancelled", { patientId: id })}
      />
      <button onClick={() => trackEvent("note_length", { chars: patient.diagnosis.length })}>Stats</button>
    </main>
  );
}
