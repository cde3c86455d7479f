export class TelemetryClient {
  private readonly buffer: Array<{ event: string; data: unknown }> = [];

  constructor(readonly app: string) {}

  emit(event: string, data: unknown): void {
    this.buffer.push({ event, data });
  }
}
