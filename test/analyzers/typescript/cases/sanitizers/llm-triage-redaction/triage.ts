import Anthropic from "@anthropic-ai/sdk";
import { coarsenDiagnosis, scrubContactDetails } from "./redaction.js";
import type { SupportTicket } from "./types.js";

const anthropic = new Anthropic();
const MODEL = "claude-3-5-haiku-latest";

export async function triageTicket(ticket: SupportTicket): Promise<void> {
  const body = scrubContactDetails(ticket.body);
  const context = `Customer ${ticket.customerId}, diagnosis group ${coarsenDiagnosis(ticket.diagnosisCode)}`;
  await anthropic.messages.create({ model: MODEL, max_tokens: 300, messages: [{ role: "user", content: `${context}\n\n${body}` }] });

  const reply = `Draft a reply to ${ticket.email} about: ${body}`;
  await anthropic.messages.create({ model: MODEL, max_tokens: 300, messages: [{ role: "user", content: reply }] });

  const detailed = scrubContactDetails(`${ticket.body} (code ${ticket.diagnosisCode})`);
  await anthropic.messages.create({ model: MODEL, max_tokens: 300, messages: [{ role: "user", content: detailed }] });
}
