import type { Customer } from "~/types.js";

export function billingEmail(customer: Customer): string {
  return customer.email.toLowerCase();
}
