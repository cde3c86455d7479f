import type { Account } from "./types.js";

export class AccountRepository {
  private readonly accounts = new Map<string, Account>();

  save(account: Account): void {
    this.accounts.set(account.id, account);
  }

  find(id: string): Account | undefined {
    return this.accounts.get(id);
  }

  all(): Account[] {
    return [...this.accounts.values()];
  }
}
