import pino from "pino";
import { BillingStore } from "./billing-store.js";
import { delay, postToSlack } from "./slack.js";
import type { Invoice, StoredCard } from "./types.js";

const log = pino({ name: "billing-webhooks" });

async function describeFailure(invoice: Invoice, card: StoredCard): Promise<string> {
  return `${invoice.amountDue / 100} ${invoice.currency} on ${card.brand} ending ${card.last4}`;
}

export async function onPaymentFailed(store: BillingStore, customerId: string): Promise<void> {
  const [customer, card, invoice] = await Promise.all([store.customer(customerId), store.defaultCard(customerId), store.openInvoice(customerId)]);
  const summary = await describeFailure(invoice, card);
  log.info({ customerId, summary }, "payment failure summarised");
  await postToSlack(`Payment failed for ${customer.name}: ${summary}`);
  await delay(1000).then(() => postToSlack(`Retrying card ${card.pan} for invoice ${invoice.id}`));
  log.warn({ customerId, contact: customer.email }, "dunning mail scheduled");
}
