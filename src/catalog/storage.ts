import type { CatalogEntry } from "./types.js";

export const s3 = { id: "s3", purpose: "storage", modules: ["@aws-sdk/client-s3", "aws-sdk", "@aws-sdk/lib-storage"], sinks: [{ calls: ["send", "putObject", "upload", "done"] }] } satisfies CatalogEntry;
export const gcs = { id: "gcs", purpose: "storage", modules: ["@google-cloud/storage"], sinks: [{ calls: ["save", "upload", "createWriteStream"] }] } satisfies CatalogEntry;
export const redis = { id: "redis", purpose: "storage", modules: ["redis", "ioredis"], sinks: [{ calls: ["set", "setex", "setEx", "hset", "hSet", "hmset", "lpush", "lPush", "rpush", "rPush", "sadd", "sAdd", "zadd", "zAdd", "publish", "xadd", "xAdd", "mset", "mSet", "append"] }] } satisfies CatalogEntry;
export const kafka = { id: "kafka", purpose: "storage", modules: ["kafkajs", "node-rdkafka"], sinks: [{ calls: ["send", "sendBatch", "produce"] }] } satisfies CatalogEntry;
export const sqs = { id: "sqs", purpose: "storage", modules: ["@aws-sdk/client-sqs", "@aws-sdk/client-sns", "@aws-sdk/client-kinesis", "@aws-sdk/client-firehose"], sinks: [{ calls: ["send"] }] } satisfies CatalogEntry;
export const fs = {
  id: "fs",
  purpose: "storage",
  modules: ["fs", "node:fs", "fs/promises", "node:fs/promises", "fs-extra"],
  sinks: [{ calls: ["writeFile", "writeFileSync", "appendFile", "appendFileSync", "write", "writeSync", "createWriteStream", "outputFile", "writeJson", "outputJson"], args: [1] }],
} satisfies CatalogEntry;
