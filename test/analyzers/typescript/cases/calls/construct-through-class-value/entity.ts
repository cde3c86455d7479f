import type { EntityStore } from "./store.js";

/** A record the store builds from raw fields; it keeps a reference to its store. */
export class Entity {
  readonly id: string;
  readonly title: string;
  readonly store: EntityStore;

  constructor(fields: { id: string; title: string }, store: EntityStore) {
    this.id = fields.id;
    this.title = fields.title;
    this.store = store;
  }
}

export class Note extends Entity {}
