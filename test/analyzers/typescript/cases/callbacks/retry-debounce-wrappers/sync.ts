import { pushContact, pushDeal } from "./crm.js";
import { debounce, withRetry } from "./resilience.js";
import type { Customer } from "./types.js";

const pushContactSafely = withRetry(pushContact);
const pushDealSafely = withRetry(pushDeal, 5);
const logLookup = debounce((query: string) => console.info("customer lookup", query), 250);

export async function syncCustomer(customer: Customer): Promise<void> {
  await pushDealSafely({ id: customer.id, amount: customer.lifetimeValue });
  await pushContactSafely({ id: customer.id, email: customer.email });
}

export function onLookupTyped(customer: Customer, query: string): void {
  logLookup(query.trim());
  logLookup(customer.phone);
}
