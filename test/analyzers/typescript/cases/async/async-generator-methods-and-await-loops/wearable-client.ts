import type { Page, WorkoutSample } from "./types.js";

export class WearableClient {
  constructor(private readonly samples: WorkoutSample[]) {}

  async fetchPage(cursor: number): Promise<Page<WorkoutSample>> {
    await new Promise((resolve) => setTimeout(resolve, 5));
    const items = this.samples.slice(cursor, cursor + 50);
    return { items, next: cursor + 50 < this.samples.length ? cursor + 50 : null };
  }

  async latest(id: string): Promise<WorkoutSample> {
    const found = this.samples.find((sample) => sample.id === id);
    if (!found) throw new Error(`no sample ${id}`);
    return found;
  }

  async *stream(): AsyncGenerator<WorkoutSample> {
    let cursor: number | null = 0;
    while (cursor !== null) {
      const page: Page<WorkoutSample> = await this.fetchPage(cursor);
      for (const item of page.items) yield item;
      cursor = page.next;
    }
  }

  async *durations(): AsyncGenerator<number> {
    for await (const sample of this.stream()) yield sample.durationMin;
  }

  async *heartRates(): AsyncGenerator<number> {
    for await (const sample of this.stream()) yield sample.heartRate;
  }
}
