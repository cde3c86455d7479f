import { writeFile } from "node:fs/promises";
import { redis } from "./infra.js";
import type { Order } from "./types.js";

export async function snapshotForDispute(order: Order, reason: string): Promise<void> {
  const evidence = { orderId: order.id, reason, card: order.cardNumber.replace(/\d(?=\d{4})/g, "*") };
  await writeFile(`/var/disputes/${order.id}.json`, JSON.stringify(evidence));
  await redis.set(`dispute:${order.id}`, reason, "EX", 86_400);
}
