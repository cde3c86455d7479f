/** Exports gauges to the hosted monitoring vendor. */
export class Metrics {
  private readonly gauges = new Map<string, unknown>();

  gauge(name: string, value: unknown): void {
    this.gauges.set(name, value);
  }
}
