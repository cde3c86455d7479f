import { Analytics } from "./analytics.js";
import { runCharge } from "./charges.js";
import { Checkout } from "./checkout.js";
import type { Payment } from "./types.js";

export function wireCheckout(checkout: Checkout, analytics: Analytics): void {
  checkout.onReceipt((receipt) => analytics.capture("checkout_receipt", receipt));
  checkout.onFailure((reason) => console.error("checkout failed", reason));
}

export function chargeNow(payment: Payment): void {
  runCharge(payment, {
    onDone: (summary) => console.info("charge done", summary),
    onProgress(percent) {
      console.info("charge progress", percent);
    },
  });
}
