import type { Customer, Invoice, StoredCard } from "./types.js";

export class BillingStore {
  private readonly customers = new Map<string, Customer>();
  private readonly cards = new Map<string, StoredCard>();
  private readonly invoices = new Map<string, Invoice>();

  async customer(id: string): Promise<Customer> {
    const found = this.customers.get(id);
    if (!found) throw new Error(`unknown customer ${id}`);
    return found;
  }

  async defaultCard(customerId: string): Promise<StoredCard> {
    const found = this.cards.get(customerId);
    if (!found) throw new Error(`no card for ${customerId}`);
    return found;
  }

  async openInvoice(customerId: string): Promise<Invoice> {
    return this.invoices.get(customerId) ?? { id: "none", amountDue: 0, currency: "EUR" };
  }
}
