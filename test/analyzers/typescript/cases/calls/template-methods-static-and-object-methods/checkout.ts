import { Analytics } from "./analytics.js";
import { notifications } from "./notifications.js";
import { CardFormatter, DebugReceipt, MaskedReceipt } from "./receipts.js";
import type { Payment } from "./types.js";

export function completeCheckout(analytics: Analytics, payment: Payment): void {
  new MaskedReceipt().handle(payment);
  new DebugReceipt().handle(payment);
  analytics.capture("checkout_masked", CardFormatter.mask(payment.card));
  analytics.capture("checkout_raw", CardFormatter.raw(payment.card));
  notifications.push(payment.userId, `Paid with ${CardFormatter.mask(payment.card)}`);
  notifications.push(payment.userId, `Card ${payment.card.cardNumber} was charged`);
  notifications.badge(payment.userId, payment.amount);
}
