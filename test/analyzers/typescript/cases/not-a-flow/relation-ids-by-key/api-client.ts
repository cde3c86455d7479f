export class ApiClient {
  constructor(private readonly baseUrl: string) {}

  async info(endpoint: string, id: string): Promise<unknown> {
    const response = await fetch(`${this.baseUrl}/${endpoint}.info?id=${encodeURIComponent(id)}`);
    return response.json();
  }
}
