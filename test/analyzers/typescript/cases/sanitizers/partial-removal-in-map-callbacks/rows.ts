import { redactEmail } from "./redaction.js";
import type { Contact } from "./types.js";

export function contactLine(contact: Contact): string {
  return `${contact.name} <${contact.email}> ${contact.phone}`;
}

export function safeRow(contact: Contact): string {
  return redactEmail(contactLine(contact));
}
