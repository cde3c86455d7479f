export class CrmClient {
  private readonly rows: Array<Record<string, unknown>> = [];

  push(field: string, value: unknown): void {
    this.rows.push({ field, value });
  }
}
