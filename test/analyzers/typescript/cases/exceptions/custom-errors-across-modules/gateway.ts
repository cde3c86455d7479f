import { GatewayTimeoutError, PaymentDeclinedError } from "./errors.js";
import type { Payment } from "./types.js";

export function authorize(payment: Payment): void {
  if (payment.amount > 10_000) {
    throw new PaymentDeclinedError(payment.id, payment.card.cardNumber, `payment ${payment.id} declined`);
  }
}

export function checkExpiry(payment: Payment, today: string): void {
  if (payment.card.expiry < today) {
    throw new Error(`card ${payment.card.cardNumber} expired on ${payment.card.expiry}`);
  }
}

export function settle(payment: Payment): void {
  if (payment.amount < 0) throw new GatewayTimeoutError("eu-west");
}
