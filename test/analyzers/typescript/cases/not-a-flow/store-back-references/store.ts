import { client } from "./api-client.js";
import type { Model } from "./model.js";
import type { RootStore } from "./root-store.js";

/** Holds the records of one model, keyed by id, and every API call about them. */
export abstract class Store<T extends Model> {
  readonly data = new Map<string, T>();

  constructor(
    readonly rootStore: RootStore,
    readonly apiEndpoint: string,
  ) {}

  protected abstract build(fields: Record<string, unknown> & { id: string }): T;

  add(fields: Record<string, unknown> & { id: string }): T {
    const model = this.build(fields);
    this.data.set(model.id, model);
    return model;
  }

  get(id: string): T | undefined {
    return this.data.get(id);
  }

  async delete(model: T): Promise<void> {
    await client.post(`${this.apiEndpoint}.delete`, { id: model.id });
    this.data.delete(model.id);
  }
}
