import { stores } from "./root-store.js";

/** A user joined over the websocket: keep the record, and say so in the console. */
export function onUserJoined(event: { id: string; name: string; email: string }): void {
  const user = stores.users.add(event);
  console.info("user joined", user.id);
}

/** The delete button of a document: the API is told the endpoint and the document's id. */
export async function onDeleteDocument(id: string): Promise<void> {
  const document = stores.documents.get(id);
  if (!document) return;
  await document.delete();
  console.info("deleted", document.title, "from", document.store.apiEndpoint);
}

/** A support screen that prints who invited whom: the inviter's e-mail is logged. */
export function describeInvite(inviterId: string): void {
  const inviter = stores.users.get(inviterId);
  if (inviter) console.warn("invite sent by", inviter.email);
}
