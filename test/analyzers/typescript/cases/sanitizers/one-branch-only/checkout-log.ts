import { maskPan, Vault } from "./masking.js";
import type { PaymentMethod } from "./types.js";

export function logCheckout(method: PaymentMethod, vault: Vault, verbose: boolean): void {
  let shown = method.cardNumber;
  if (!verbose) {
    shown = maskPan(shown);
  }
  console.log("card (masked unless verbose)", shown);

  let masked: string;
  if (method.isDefault) {
    masked = maskPan(method.cardNumber);
  } else {
    masked = vault.tokenize(method.cardNumber);
  }
  console.log("card (masked on both branches)", masked);

  const chosen = verbose ? method.cardNumber : maskPan(method.cardNumber);
  console.info("card (ternary)", chosen);

  const summary = `${method.brand} ${maskPan(method.cardNumber)}`;
  console.info("card summary", summary);

  const leaky = `${maskPan(method.cardNumber)} (${method.cardNumber.slice(0, 6)})`;
  console.warn("card with bin", leaky);

  const remasked = maskPan(`${method.brand}:${method.cardNumber}`);
  console.warn("card remasked", remasked);
}
