import type { Account } from "./types.js";

export class AccountRepository {
  private readonly rows = new Map<string, Account>();

  async findAccount(id: string): Promise<Account> {
    const row = this.rows.get(id);
    if (!row) throw new Error(`account ${id} not found`);
    return row;
  }

  async listAccounts(): Promise<Account[]> {
    return [...this.rows.values()];
  }
}
