export class ReferralPartner {
  private readonly sent: string[] = [];

  ping(url: string): void {
    this.sent.push(url);
  }
}
