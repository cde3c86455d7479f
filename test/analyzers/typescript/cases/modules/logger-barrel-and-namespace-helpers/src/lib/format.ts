import type { Contact } from "./types.js";

export function contactLine(contact: Contact): string {
  return `${contact.name} <${contact.email}>`;
}

export function initials(contact: Contact): string {
  return contact.name
    .split(" ")
    .map((part) => part.charAt(0))
    .join("");
}
