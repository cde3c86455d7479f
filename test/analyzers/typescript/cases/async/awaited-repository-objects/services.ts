import { AccountRepository } from "./repository.js";

export interface ContactCard {
  id: string;
  address: string;
}

export async function contactFor(repo: AccountRepository, id: string): Promise<ContactCard> {
  const account = await repo.findAccount(id);
  return {
    id: account.id,
    address: account.email,
  };
}

export class BillingService {
  constructor(private readonly repo: AccountRepository) {}

  async planOf(id: string): Promise<string> {
    const { plan } = await this.repo.findAccount(id);
    return plan;
  }

  async phoneOf(id: string): Promise<string> {
    const { phone } = await this.repo.findAccount(id);
    return phone;
  }
}
