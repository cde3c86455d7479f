import { PostHog } from "posthog-node";

const client = new PostHog(process.env.POSTHOG_KEY ?? "phc_dev");

/** The service-wide metrics facade: counters and timings go to product analytics. */
export class Metrics {
  constructor(private readonly service: string) {}

  increment(name: string, tags: Record<string, string> = {}): void {
    client.capture({ distinctId: this.service, event: name, properties: tags });
  }

  timed<T>(name: string, work: () => T): T {
    const started = performance.now();
    const result = work();
    client.capture({ distinctId: this.service, event: `${name}.duration`, properties: { ms: performance.now() - started } });
    return result;
  }
}
