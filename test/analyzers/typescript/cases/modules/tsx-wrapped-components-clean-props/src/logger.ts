import pino from "pino";

export const logger = pino({ name: "team-directory" });
