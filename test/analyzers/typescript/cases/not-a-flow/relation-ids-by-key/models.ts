import type { ApiClient } from "./api-client.js";

export class User {
  constructor(
    readonly id: string,
    readonly name: string,
    readonly email: string,
  ) {}
}

/** Which field of a record holds the id of a related record, and where that record is fetched. */
interface Relation {
  idKey: keyof DocumentRecord;
  endpoint: string;
}

export class DocumentRecord {
  static readonly relations: Relation[] = [
    { idKey: "ownerId", endpoint: "users" },
    { idKey: "collectionId", endpoint: "collections" },
  ];

  owner?: User;

  constructor(
    readonly id: string,
    readonly title: string,
    readonly ownerId: string,
    readonly collectionId: string,
  ) {}

  /** Fetches every related record by the id this record keeps under the relation's key. */
  async loadRelations(api: ApiClient): Promise<void> {
    for (const relation of DocumentRecord.relations) {
      const id = this[relation.idKey] as string;
      if (id) await api.info(relation.endpoint, id);
    }
  }
}
