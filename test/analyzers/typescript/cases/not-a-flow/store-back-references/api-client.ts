/** A thin JSON client over fetch: every store talks to the API through it. */
export class ApiClient {
  constructor(private readonly baseUrl: string) {}

  async post<T>(path: string, body: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${this.baseUrl}/api/${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`request to ${path} failed with ${response.status}`);
    return (await response.json()) as T;
  }
}

export const client = new ApiClient("https://app.example.com");
