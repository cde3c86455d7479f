import { Model } from "./model.js";
import type { Store } from "./store.js";

export class User extends Model {
  name: string;
  email: string;

  constructor(fields: { id: string; name: string; email: string }, store: Store<User>) {
    super(fields, store as unknown as Store<Model>);
    this.name = fields.name;
    this.email = fields.email;
  }
}

export class Document extends Model {
  title: string;
  createdById: string;

  constructor(fields: { id: string; title: string; createdById: string }, store: Store<Document>) {
    super(fields, store as unknown as Store<Model>);
    this.title = fields.title;
    this.createdById = fields.createdById;
  }
}
