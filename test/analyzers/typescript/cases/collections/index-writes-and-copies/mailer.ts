export class Mailer {
  private readonly outbox: unknown[] = [];

  send(payload: unknown): void {
    this.outbox.push(payload);
  }
}
