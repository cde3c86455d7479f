/** The browser's API client: every request body goes to the server over fetch. */
export class ApiClient {
  constructor(private readonly baseUrl: string) {}

  async post<T>(path: string, data?: Record<string, unknown>): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(data ?? {}),
    });
    return (await response.json()) as T;
  }
}

export const client = new ApiClient("/api");
