import { ApiClient } from "./api-client.js";
import { DocumentRecord, type User } from "./models.js";

const api = new ApiClient("/api");

declare function currentUser(): User;

/** Opening a document: its owner is the signed-in user, and its relations are loaded by id. */
export async function openDocument(id: string, title: string): Promise<DocumentRecord> {
  const record = new DocumentRecord(id, title, currentUser().id, "inbox");
  record.owner = currentUser();
  await record.loadRelations(api);
  return record;
}

/** A debugging aid: the whole owner, e-mail included, goes to the console. */
export function debugOwner(record: DocumentRecord): void {
  console.debug("owner of", record.title, record.owner);
}
