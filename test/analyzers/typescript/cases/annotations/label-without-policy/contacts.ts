export interface Contact {
  /** @label phone */
  phone: string;
  /** @label email */
  email: string;
  name: string;
}

export function logContact(contact: Contact): void {
  console.log("calling", contact.phone);
  console.log("mailing", contact.email);
  console.log("hello", contact.name);
}
