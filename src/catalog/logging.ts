import type { CatalogEntry } from "./types.js";

const levels = ["trace", "debug", "info", "warn", "warning", "error", "fatal", "log", "verbose", "silly", "http", "notice", "crit", "alert", "emerg", "child"];

export const console_ = { id: "console", purpose: "logging", globals: ["console"], sinks: [{ calls: ["log", "info", "warn", "error", "debug", "trace", "dir", "table"] }] } satisfies CatalogEntry;
export const pino = { id: "pino", purpose: "logging", modules: ["pino", "nestjs-pino", "pino-http"], sinks: [{ calls: levels }] } satisfies CatalogEntry;
export const winston = { id: "winston", purpose: "logging", modules: ["winston"], sinks: [{ calls: [...levels, "log"] }] } satisfies CatalogEntry;
export const bunyan = { id: "bunyan", purpose: "logging", modules: ["bunyan"], sinks: [{ calls: levels }] } satisfies CatalogEntry;
export const debug = { id: "debug", purpose: "logging", modules: ["debug"], sinks: [{ calls: ["*"] }] } satisfies CatalogEntry;
export const nestLogger = { id: "nestjs-logger", purpose: "logging", modules: ["@nestjs/common"], sinks: [{ calls: ["log", "error", "warn", "debug", "verbose", "fatal"] }] } satisfies CatalogEntry;
export const loglevel = { id: "loglevel", purpose: "logging", modules: ["loglevel", "log4js", "signale", "consola"], sinks: [{ calls: levels }] } satisfies CatalogEntry;
