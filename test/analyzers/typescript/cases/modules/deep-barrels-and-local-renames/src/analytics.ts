export class Analytics {
  private readonly sent: unknown[] = [];

  capture(event: string, properties: unknown): void {
    this.sent.push({ event, properties });
  }
}
