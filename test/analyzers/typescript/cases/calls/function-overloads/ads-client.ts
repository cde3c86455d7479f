export class AdsClient {
  private readonly queue: Array<{ event: string; payload: unknown }> = [];

  track(event: string, payload: unknown = {}): void {
    this.queue.push({ event, payload });
  }
}
