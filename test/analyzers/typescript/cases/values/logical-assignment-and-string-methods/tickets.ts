import { SupportDesk } from "./support-desk.js";
import type { Account, TicketDraft } from "./types.js";

export function fileTicket(desk: SupportDesk, account: Account, draft: TicketDraft): void {
  let contact = draft.contact;
  contact ??= account.phone;
  desk.open("contact", contact);

  let note = draft.note;
  note ||= "no note";
  desk.open("note", note);

  let reference: string | undefined;
  reference ||= account.ssn.slice(-4);
  desk.open("reference", reference);

  const fields: TicketDraft = { subject: draft.subject };
  fields.contact ??= account.displayName;
  desk.open("fields", fields);

  const lastFour = account.ssn.substring(5);
  desk.open("ssn_last_four", lastFour);

  const padded = account.ssn.at(-1)!.padStart(9, "*");
  desk.open("ssn_padded", padded);

  const dial = "tel:".concat(account.phone);
  desk.open("dial", dial);

  const salutation = "Dear ".concat(account.displayName, ",");
  desk.open("salutation", salutation);

  const areaCode = account.phone.split("-")[0];
  desk.open("area_code", areaCode);

  const initial = account.displayName.charAt(0).padStart(2, " ");
  desk.open("initial", initial);
}
