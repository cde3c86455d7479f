import type Store from "../stores/Store";

export default abstract class Model {
  static modelName: string;
  id: string;
  store: Store<Model>;

  constructor(fields: Record<string, unknown>, store: Store<Model>) {
    this.store = store;
    this.id = String(fields.id);
    Object.assign(this, fields);
  }

  async loadRelations(): Promise<void> {
    const store = this.store.rootStore.storeFor("users");
    await store.fetch(this.id);
  }
}
