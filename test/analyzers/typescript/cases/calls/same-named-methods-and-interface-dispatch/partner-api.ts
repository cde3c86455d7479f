export class PartnerApi {
  constructor(private readonly baseUrl: string) {}

  send(path: string, body: unknown): void {
    void `${this.baseUrl}${path}`;
    void body;
  }
}
