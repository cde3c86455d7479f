import type Model from "./models/Model";

/** The name of the local database documents are kept in, as an entity's store sees it. */
export function documentDatabase(entity: Model): string {
  return entity.store.rootStore.docs.persistence.name;
}
