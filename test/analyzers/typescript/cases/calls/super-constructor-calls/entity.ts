import type { Account } from "./types.js";

/** Every billing record: an id and the account it belongs to, kept for the record's own methods. */
export abstract class Entity {
  readonly createdAt = new Date();

  constructor(
    readonly id: string,
    protected readonly owner: Account,
  ) {}

  describe(): string {
    return `${this.constructor.name}#${this.id}`;
  }
}
