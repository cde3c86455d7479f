import pino from "pino";

export const log = pino({ name: "verification", level: process.env.LOG_LEVEL ?? "info" });
