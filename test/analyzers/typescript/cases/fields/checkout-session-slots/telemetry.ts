export class Telemetry {
  private readonly queue: Array<{ name: string; value: unknown }> = [];

  record(name: string, value: unknown): void {
    this.queue.push({ name, value });
  }
}
