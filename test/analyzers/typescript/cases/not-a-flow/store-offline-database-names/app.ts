import type Doc from "./models/Doc";
import type RootStore from "./stores/RootStore";

/** Opening a document loads its relations, then reports where documents are kept offline. */
export async function openDoc(stores: RootStore, doc: Doc): Promise<void> {
  await doc.loadRelations();
  stores.docs.reportOffline();
}

/** A debug dump of the loaded users' addresses (a real flow). */
export function dumpUsers(stores: RootStore): void {
  console.warn("loaded users", [...stores.users.data.values()].map((user) => user.email));
}
