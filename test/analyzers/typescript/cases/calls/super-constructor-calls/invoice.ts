import { Entity } from "./entity.js";
import type { Account } from "./types.js";

export class Invoice extends Entity {
  readonly currency: string;

  constructor(id: string, owner: Account, readonly total: number, currency = "EUR") {
    super(id, owner);
    this.currency = currency.toUpperCase();
  }

  /** Where the invoice is sent. */
  recipient(): string {
    return this.owner.email;
  }
}
