import pino from "pino";

const logger = pino({ name: "teams" });

/** One log line; the text is written as given. */
export function logLine(message: string): void {
  logger.info(message);
}

/** A labelled event for dashboards: only the scalar values given. */
export function track(event: string, teamSlug: string, plan: string): void {
  logger.debug({ event, teamSlug, plan }, "tracked");
}

/** A structured log record: every field given is written. */
export function logEvent(fields: Record<string, unknown>): void {
  logger.info(fields, "event");
}
