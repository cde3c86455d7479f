import { makeAutoObservable } from "mobx";
import type { User } from "../types.js";

export class AuthStore {
  user: User | null = null;

  constructor() {
    makeAutoObservable(this);
  }

  signIn(user: User): void {
    this.user = user;
  }
}
