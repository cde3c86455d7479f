export class PartnerApi {
  private readonly outbox: Array<{ kind: string; body: unknown }> = [];

  send(kind: string, body: unknown): void {
    this.outbox.push({ kind, body });
  }
}
