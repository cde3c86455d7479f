import type { Store } from "./store.js";

/** A record the client keeps in memory; it knows the store that holds it (to save and delete itself). */
export abstract class Model {
  id: string;

  constructor(
    fields: { id: string },
    readonly store: Store<Model>,
  ) {
    this.id = fields.id;
  }

  async delete(): Promise<void> {
    await this.store.delete(this);
  }
}
