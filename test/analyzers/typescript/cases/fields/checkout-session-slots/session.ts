import { Slot } from "./slot.js";
import type { Order } from "./types.js";

export class CheckoutSession {
  readonly cardHint = new Slot<string>();
  readonly coupon = new Slot<string>();
  readonly startedAt = Date.now();

  constructor(readonly orderId: string) {}

  load(order: Order): void {
    this.cardHint.set(order.payment.cardNumber);
    this.coupon.set(order.couponCode);
  }
}
