export type JobHandler<T> = (payload: T) => Promise<void>;

/** A tiny in-process job queue: each runner owns one handler and its pending payloads. */
export class JobRunner<T> {
  private readonly pending: T[] = [];

  constructor(
    readonly name: string,
    private readonly handler: JobHandler<T>,
  ) {}

  enqueue(payload: T): void {
    this.pending.push(payload);
  }

  async drain(): Promise<number> {
    let done = 0;
    for (const payload of this.pending.splice(0)) {
      await this.handler(payload);
      done++;
    }
    return done;
  }
}
