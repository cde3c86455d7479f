export interface CandidateQuery {
  city: string;
  radiusKm: number;
}

export class MatchingClient {
  async findCandidates(query: CandidateQuery): Promise<string[]> {
    const response = await fetch("/internal/matching/candidates", { method: "POST", body: JSON.stringify(query) });
    return (await response.json()) as string[];
  }
}
