import Doc from "../models/Doc";
import User from "../models/User";
import Store from "./Store";

export class UsersStore extends Store<User> {
  constructor(rootStore: RootStore) {
    super(rootStore, User, "users");
  }
}

export class DocsStore extends Store<Doc> {
  constructor(rootStore: RootStore) {
    super(rootStore, Doc, "docs");
  }
}

export default class RootStore {
  users: Store<User> = new UsersStore(this);
  docs: Store<Doc> = new DocsStore(this);

  /** The store for a relation's model, by the model's name. */
  storeFor(name: string): Store<User> | Store<Doc> {
    return name === "users" ? this.users : this.docs;
  }
}
