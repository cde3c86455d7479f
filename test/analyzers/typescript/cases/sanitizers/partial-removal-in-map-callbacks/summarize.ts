import { AssistantClient } from "./assistant-client.js";
import { redactEmail, Scrubber } from "./redaction.js";
import { contactLine, safeRow } from "./rows.js";
import type { Contact } from "./types.js";

export function summarizeContacts(assistant: AssistantClient, scrubber: Scrubber, contacts: Contact[]): void {
  const emailsOnly = contacts.map((c) => redactEmail(c.email));
  assistant.complete(`Group these: ${emailsOnly.join("\n")}`);

  const rows = contacts.map(safeRow);
  assistant.complete(`Summarize: ${rows.join("\n")}`);

  const scrubbed = contacts.map((c) => scrubber.scrub(contactLine(c)));
  assistant.complete(`Classify: ${scrubbed.join("\n")}`);

  const mixed = contacts.map((c, i) => (i === 0 ? scrubber.scrub(c.phone) : redactEmail(c.phone)));
  assistant.complete(`Dedupe: ${mixed.join("\n")}`);

  const raw = contacts.map((c) => contactLine(c));
  assistant.complete(`Raw: ${raw.join("\n")}`);
}
