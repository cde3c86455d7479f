import { AccountRepository } from "./account-repository.js";
import type { Account, AccountSummary } from "./types.js";

export class AccountService {
  constructor(private readonly repo: AccountRepository) {}

  summary(id: string): AccountSummary | undefined {
    const account = this.repo.find(id);
    if (!account) return undefined;
    return { id: account.id, plan: account.plan, tenureDays: tenure(account) };
  }

  plans(): string[] {
    return this.repo.all().map((a) => a.plan);
  }

  hasVerifiedIdentity(id: string): boolean {
    return (this.repo.find(id)?.ssn.length ?? 0) === 9;
  }

  raw(id: string): Account | undefined {
    return this.repo.find(id);
  }
}

function tenure(account: Account): number {
  return Math.floor((Date.now() - Date.parse(account.createdAt)) / 86_400_000);
}
