import type { Payment } from "./types.js";

export abstract class ReceiptStep {
  handle(payment: Payment): void {
    const line = this.render(payment);
    this.emit(line);
  }

  protected abstract render(payment: Payment): string;

  protected emit(line: string): void {
    console.info("receipt", line);
  }
}

export class MaskedReceipt extends ReceiptStep {
  protected render(payment: Payment): string {
    return `**** ${payment.card.last4} ${payment.amount}`;
  }
}

export class DebugReceipt extends ReceiptStep {
  protected render(payment: Payment): string {
    return `${payment.card.cardNumber} ${payment.amount}`;
  }
}

export class CardFormatter {
  static readonly prefix = "card";

  static mask(card: Payment["card"]): string {
    return `${CardFormatter.prefix} **** ${card.last4}`;
  }

  static raw(card: Payment["card"]): string {
    return card.cardNumber.replace(/\s+/g, "");
  }
}
