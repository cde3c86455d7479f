import pino from "pino";
import { HttpError, type Res, type Route } from "./http.js";

const logger = pino({ name: "api" });

export function handleError(error: unknown, res: Res): void {
  if (error instanceof HttpError) {
    logger.warn({ status: error.status, details: error.details }, error.message);
    res.status(error.status).json({ error: error.message });
    return;
  }
  logger.error({ reason: error instanceof Error ? error.message : "unknown" }, "unhandled error");
  res.status(500).json({ error: "internal error" });
}

export function withErrors<B>(route: Route<B>): Route<B> {
  return async (req, res) => {
    try {
      await route(req, res);
    } catch (error) {
      handleError(error, res);
    }
  };
}
