export interface Exporter {
  /** Sends a reading to the research partner. @sink research */
  export(reading: unknown): void;
  ping(): void;
}

export class CsvExporter implements Exporter {
  readonly rows: string[] = [];

  export(reading: unknown): void {
    this.rows.push(String(reading));
  }

  ping(): void {
    this.rows.length = 0;
  }
}

export class Wearable {
  constructor(private readonly raw: number[]) {}

  /** @label health */
  get restingBpm(): number {
    return Math.min(...this.raw);
  }

  get sampleCount(): number {
    return this.raw.length;
  }
}

export function nightly(exporter: Exporter, csv: CsvExporter, wearable: Wearable): void {
  exporter.export({ count: wearable.sampleCount });
  exporter.export({ bpm: wearable.restingBpm });
  csv.export(wearable.restingBpm);
}
