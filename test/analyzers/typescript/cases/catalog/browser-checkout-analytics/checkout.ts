import posthog from "posthog-js";
import { api, debug } from "./clients.js";
import { regionTraits } from "./traits.js";
import type { Cart, Shopper } from "./types.js";

export async function onCheckoutSubmitted(shopper: Shopper, cart: Cart): Promise<void> {
  posthog.capture("checkout_submitted", { items: cart.items.length, totalCents: cart.totalCents });
  posthog.identify(shopper.id, { email: shopper.email });
  posthog.capture("checkout_region", regionTraits(shopper));
  debug("checkout for %s shipping to %s", shopper.id, shopper.postcode);
  await api.post("/orders", { shopperId: shopper.id, email: shopper.email, postcode: shopper.postcode });
  await fetch("/api/checkout-events", { method: "POST", body: JSON.stringify({ email: shopper.email }) });
  await fetch("https://pixel.adnetwork.example/collect", { method: "POST", body: JSON.stringify({ sku: cart.items[0]?.sku }) });
}
