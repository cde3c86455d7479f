export class AdsClient {
  private readonly buffer: Array<{ event: string; properties: unknown }> = [];

  track(event: string, properties: unknown = {}): void {
    this.buffer.push({ event, properties });
  }
}
