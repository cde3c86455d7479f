export class Analytics {
  private readonly events: Array<[string, unknown]> = [];

  capture(event: string, properties: unknown): void {
    this.events.push([event, properties]);
  }
}
