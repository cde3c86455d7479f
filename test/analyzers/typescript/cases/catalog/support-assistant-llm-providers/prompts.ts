import type { Customer } from "./types.js";

export function supportPersona(customer: Customer): string {
  return customer.tier === "premium" ? "You are a concierge for premium customers." : "You are a friendly support agent.";
}

export function shippingContext(customer: Customer): string {
  return `The customer ships to ${customer.shippingAddress}.`;
}
