import type { ClinicalNote } from "./types.js";

export class NotesRepository {
  private readonly notes: ClinicalNote[] = [];

  async forPatient(patientId: string): Promise<ClinicalNote[]> {
    return this.notes.filter((n) => n.patientId === patientId);
  }

  async titlesFor(patientId: string): Promise<string[]> {
    const notes = await this.forPatient(patientId);
    return notes.map((n) => n.title);
  }
}
