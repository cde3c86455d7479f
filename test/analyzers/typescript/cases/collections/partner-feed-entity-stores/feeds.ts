import { EntityStore } from "./store.js";
import type { Customer, OrderContact, Product } from "./types.js";

const products = new EntityStore<Product>();
const contacts = new EntityStore<OrderContact>();

export function recordOrder(orderId: string, customer: Customer, items: Product[]): void {
  for (const item of items) products.put(item);
  contacts.put({ id: orderId, email: customer.email, country: customer.country });
}

const FEED = "https://feeds.partner-shop.com/v1";

export async function pushFeeds(orderId: string, productId: string): Promise<void> {
  await fetch(`${FEED}/products/${productId}`, { method: "PUT", body: JSON.stringify(products.get(productId)) });
  await fetch(`${FEED}/catalog`, { method: "PUT", body: JSON.stringify(products.all().map((p) => p.title)) });
  await fetch(`${FEED}/regions`, { method: "PUT", body: JSON.stringify({ country: contacts.get(orderId)?.country }) });
  await fetch(`${FEED}/audience`, { method: "PUT", body: JSON.stringify(contacts.all().map((c) => c.email)) });
}
