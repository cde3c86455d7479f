import Model from "../models/Model";
import type RootStore from "./RootStore";
import Persistence from "./Persistence";
import { documentDatabase } from "../offline";

export default abstract class Store<T extends Model> {
  data = new Map<string, T>();
  persistence: Persistence;

  constructor(readonly rootStore: RootStore, readonly model: typeof Model, readonly apiEndpoint: string) {
    this.persistence = new Persistence(apiEndpoint);
  }

  add(fields: Record<string, unknown>): T {
    const ModelClass = this.model;
    // @ts-expect-error TS thinks that we're instantiating an abstract class here
    const model: T = new ModelClass(fields, this);
    this.data.set(model.id, model);
    this.persistence.persist(model.id);
    return model;
  }

  async fetch(id: string): Promise<T> {
    const res = await fetch(`/api/${this.apiEndpoint}.info?id=${id}`);
    return this.add((await res.json()) as Record<string, unknown>);
  }

  /** Logs where each loaded model is kept offline. */
  reportOffline(): void {
    for (const model of this.data.values()) {
      console.warn("kept offline", { database: documentDatabase(model), id: model.id });
    }
  }
}
