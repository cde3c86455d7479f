export class Mailer {
  private readonly outbox: Array<{ to: string; body: string }> = [];

  send(to: string, body: string): void {
    this.outbox.push({ to, body });
  }
}
