type Level = "debug" | "info" | "warn" | "error";

export interface LogRecord {
  level: Level;
  message: string;
  fields: Record<string, unknown>;
}

/** An in-memory ring buffer the admin UI reads; nothing leaves the process. */
class RingLogger {
  private readonly records: LogRecord[] = [];

  info(message: string, fields: Record<string, unknown> = {}): void {
    this.write("info", message, fields);
  }

  error(message: string, fields: Record<string, unknown> = {}): void {
    this.write("error", message, fields);
  }

  private write(level: Level, message: string, fields: Record<string, unknown>): void {
    this.records.push({ level, message, fields });
    if (this.records.length > 1000) this.records.shift();
  }
}

export const logger = new RingLogger();
export const analytics = { track: (event: string, props: object) => logger.info(event, { ...props }) };
