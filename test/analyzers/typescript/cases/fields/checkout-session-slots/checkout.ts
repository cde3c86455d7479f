import { CheckoutSession } from "./session.js";
import { Telemetry } from "./telemetry.js";
import type { Order } from "./types.js";

export function completeCheckout(telemetry: Telemetry, order: Order): void {
  const session = new CheckoutSession(order.id);
  session.load(order);
  telemetry.record("coupon_used", session.coupon.get());
  telemetry.record("checkout_order", session.orderId);
  telemetry.record("card_hint", session.cardHint.get());

  const previous = new CheckoutSession("previous");
  previous.coupon.set("WELCOME10");
  telemetry.record("previous_coupon", previous.coupon.get());
  telemetry.record("previous_started", previous.startedAt);
}
