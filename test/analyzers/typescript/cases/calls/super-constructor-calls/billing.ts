import pino from "pino";
import { Invoice } from "./invoice.js";
import type { Account } from "./types.js";

const logger = pino({ name: "billing" });

export function issueInvoice(account: Account, total: number): Invoice {
  const invoice = new Invoice(`inv-${account.id}`, account, total);
  logger.info({ id: invoice.id, total: invoice.total, currency: invoice.currency }, "invoice issued");
  logger.info(invoice.describe());
  logger.debug({ to: invoice.recipient() }, "invoice queued for delivery");
  return invoice;
}
