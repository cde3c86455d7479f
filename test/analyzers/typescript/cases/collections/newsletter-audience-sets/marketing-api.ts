/** Client for the e-mail marketing vendor (audiences and list statistics). */
export class MarketingApi {
  private readonly calls: Array<{ op: string; data: unknown }> = [];

  upsertAudience(list: string, members: unknown): void {
    this.calls.push({ op: `audience:${list}`, data: members });
  }

  reportCounts(counts: unknown): void {
    this.calls.push({ op: "counts", data: counts });
  }
}
