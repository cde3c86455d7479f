import type { ClinicalNote } from "./types.js";

export async function buildPrompt(pending: Promise<ClinicalNote[]>): Promise<string> {
  const notes = await pending;
  const bullets = notes.map((n) => `- ${n.writtenAt}: ${n.body}`).join("\n");
  return `Summarise these notes for the handover:\n${bullets}`;
}
