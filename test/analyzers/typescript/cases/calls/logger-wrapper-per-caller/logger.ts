import pino from "pino";

const base = pino({ level: "info" });

/** The project's own logging facade: every service logs through it. */
export const Logger = {
  info(message: string, context: Record<string, unknown> = {}): void {
    base.info(context, message);
  },
  warn(message: string, context: Record<string, unknown> = {}): void {
    base.warn(context, message);
  },
};
