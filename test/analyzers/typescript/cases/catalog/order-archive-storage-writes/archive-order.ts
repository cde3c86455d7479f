import { appendFile } from "node:fs/promises";
import { archive, producer, redis } from "./infra.js";
import type { Order } from "./types.js";

export async function archiveOrder(order: Order): Promise<void> {
  await producer.send({ topic: "orders.created", messages: [{ key: order.id, value: JSON.stringify({ id: order.id, total: order.totalCents }) }] });
  await producer.send({ topic: "orders.shipping", messages: [{ key: order.id, value: JSON.stringify({ id: order.id, address: order.shippingAddress }) }] });
  await archive.file(`orders/${order.id}.json`).save(JSON.stringify(order));
  await redis.hset(`order:${order.id}`, "status", order.status);
  await appendFile("/var/log/orders/audit.log", `${order.id} paid with card ending ${order.cardLast4}\n`);
}
