import type { Card } from "~/types.js";

export function maskedPan(card: Card): string {
  return `${card.brand} **** ${card.last4}`;
}

export function rawPan(card: Card): string {
  return card.cardNumber.replace(/\D/g, "");
}
