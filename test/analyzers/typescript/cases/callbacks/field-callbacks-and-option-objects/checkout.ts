import type { Payment } from "./types.js";

export type ReceiptListener = (receipt: string) => void;

export class Checkout {
  private readonly listeners: ReceiptListener[] = [];
  private failureHandler: (reason: string) => void = () => undefined;

  onReceipt(listener: ReceiptListener): void {
    this.listeners.push(listener);
  }

  onFailure(handler: (reason: string) => void): void {
    this.failureHandler = handler;
  }

  complete(payment: Payment): void {
    const receipt = `receipt ${payment.id} paid with ${payment.card.cardNumber}`;
    for (const listener of this.listeners) listener(receipt);
  }

  decline(payment: Payment): void {
    this.failureHandler(`payment ${payment.id} declined (card ending ${payment.card.last4})`);
  }
}
