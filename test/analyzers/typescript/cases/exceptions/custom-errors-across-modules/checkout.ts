import { PaymentDeclinedError } from "./errors.js";
import { authorize, checkExpiry, settle } from "./gateway.js";
import type { Payment } from "./types.js";

export function checkout(payment: Payment, today: string): boolean {
  try {
    authorize(payment);
  } catch (error) {
    if (error instanceof PaymentDeclinedError) {
      console.warn("declined payment", error.paymentId);
      console.warn("declined reason", error.message);
      console.error("declined card", error.pan);
    }
    return false;
  }

  try {
    checkExpiry(payment, today);
  } catch (error) {
    console.error("expiry check failed", (error as Error).message);
    return false;
  }

  try {
    settle(payment);
  } catch (error) {
    console.error("settlement failed", error);
    return false;
  }
  return true;
}
