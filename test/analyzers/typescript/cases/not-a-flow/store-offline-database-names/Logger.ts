class Logger {
  warn(message: string, extra?: Record<string, unknown>): void {
    console.warn(message, extra ?? {});
  }
}
export default new Logger();
