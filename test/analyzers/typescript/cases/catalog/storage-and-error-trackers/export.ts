import { writeFile } from "node:fs/promises";
import * as Sentry from "@sentry/node";
import Redis from "ioredis";
import type { Account } from "./types.js";

const redis = new Redis(process.env.REDIS_URL ?? "redis://localhost:6379");

export async function exportAccount(account: Account): Promise<void> {
  const path = `/exports/${account.email}.json`;
  await writeFile(path, JSON.stringify({ id: account.id, plan: account.plan }));
  await writeFile(`/exports/${account.id}.json`, JSON.stringify(account));
  await redis.set(`account:${account.id}`, account.email, "EX", 3600);
  try {
    await uploadToPartner(account);
  } catch (error) {
    Sentry.captureException(error, { extra: { email: account.email } });
  }
}

async function uploadToPartner(account: Account): Promise<void> {
  if (!account.id) throw new Error("missing id");
}
