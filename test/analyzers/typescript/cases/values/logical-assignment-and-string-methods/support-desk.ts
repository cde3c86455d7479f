export class SupportDesk {
  private readonly tickets: Array<[string, unknown]> = [];

  open(field: string, value: unknown): void {
    this.tickets.push([field, value]);
  }
}
