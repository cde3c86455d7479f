import OpenAI from "openai";
import { PostHog } from "posthog-node";
import { NotesRepository } from "./notes-repository.js";
import { buildPrompt } from "./prompt.js";

const openai = new OpenAI();
const posthog = new PostHog(process.env.POSTHOG_KEY ?? "");

export async function summarizeVisit(repo: NotesRepository, clinicianId: string, patientId: string): Promise<string> {
  const prompt = await buildPrompt(repo.forPatient(patientId));
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: prompt }] });
  const titles = await repo.titlesFor(patientId);
  posthog.capture({ distinctId: clinicianId, event: "handover_summarised", properties: { titles, promptChars: prompt.length } });
  return completion.choices[0]?.message?.content ?? "";
}
