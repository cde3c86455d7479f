import { Document, User } from "./models.js";
import { Store } from "./store.js";

export class UsersStore extends Store<User> {
  constructor(root: RootStore) {
    super(root, "users");
  }

  protected build(fields: { id: string; name: string; email: string }): User {
    return new User(fields, this);
  }
}

export class DocumentsStore extends Store<Document> {
  constructor(root: RootStore) {
    super(root, "documents");
  }

  protected build(fields: { id: string; title: string; createdById: string }): Document {
    return new Document(fields, this);
  }
}

/** Every store of the client, each able to reach the others through it. */
export class RootStore {
  readonly users = new UsersStore(this);
  readonly documents = new DocumentsStore(this);
}

export const stores = new RootStore();
