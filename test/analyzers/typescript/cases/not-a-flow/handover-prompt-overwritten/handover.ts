import OpenAI from "openai";
import { PostHog } from "posthog-node";
import type { Patient } from "./types.js";
import { loadWardContext } from "./ward-context.js";

const openai = new OpenAI();
const posthog = new PostHog(process.env.POSTHOG_KEY ?? "");

export async function draftHandover(patient: Patient, mode: "full" | "brief"): Promise<string> {
  let prompt = `Patient ${patient.id} is treated for ${patient.diagnosis}.`;
  if (mode === "full") {
    prompt = `Write a handover for patient ${patient.id} on ward ${patient.ward}.`;
  } else {
    prompt = `Write a one-line handover for ward ${patient.ward}.`;
  }

  let context: string;
  try {
    context = await loadWardContext(patient.ward);
  } catch {
    context = "No ward context available.";
  }

  const completion = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "system", content: context }, { role: "user", content: prompt }] });

  const meta = { ward: patient.ward, note: patient.diagnosis };
  meta.note = mode === "full" ? "see chart" : "n/a";
  posthog.capture({ distinctId: patient.id, event: "handover_drafted", properties: meta });
  console.info("handover control", patient.diagnosis);
  return completion.choices[0]?.message?.content ?? "";
}
