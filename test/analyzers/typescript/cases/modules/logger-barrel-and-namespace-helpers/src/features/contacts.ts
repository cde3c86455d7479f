import { format, log, type Contact } from "../lib/index.js";

export function onContactAdded(contact: Contact): void {
  log.info(`contact added: ${format.initials(contact)} at ${contact.company}`);
  log.info(`contact card: ${format.contactLine(contact)}`);
}

export function onContactMerged(kept: Contact, dropped: Contact): void {
  log.warn("contacts merged", { kept: kept.id, dropped: dropped.id });
}
