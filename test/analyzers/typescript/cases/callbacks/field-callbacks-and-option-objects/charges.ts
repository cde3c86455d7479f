import type { Payment } from "./types.js";

export interface ChargeOptions {
  onDone: (summary: string) => void;
  onProgress(percent: number): void;
}

export function runCharge(payment: Payment, options: ChargeOptions): void {
  options.onProgress(50);
  const summary = `charged ${payment.amount} to ${payment.card.cardNumber}`;
  options.onDone(summary);
}
