"use server";

import { createExportTicket, sendExportMail } from "@/lib/mail";
import { loadPreferences, resolveRecipient } from "@/lib/preferences";
import { currentUser } from "@/lib/session";

export async function requestDataExport(sessionToken: string): Promise<string> {
  const user = await currentUser(sessionToken);
  const ticket = await createExportTicket(user.id);
  const recipient = await resolveRecipient(user);
  await sendExportMail(recipient, ticket);
  console.info("data export requested", ticket);
  loadPreferences(user.id).then((prefs) => console.info("export format", prefs.format, "for", prefs.exportAddress ?? user.email));
  return ticket;
}
