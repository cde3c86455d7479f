export class ProductAnalytics {
  private readonly traits = new Map<string, unknown>();

  identify(userId: string, traits: unknown): void {
    this.traits.set(userId, traits);
  }
}
