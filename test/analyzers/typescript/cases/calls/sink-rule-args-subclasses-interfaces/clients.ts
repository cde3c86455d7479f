export interface EventTracker {
  track(event: string, properties: Record<string, unknown>): void;
}

export class AdsClient implements EventTracker {
  track(event: string, properties: Record<string, unknown>): void {
    void event;
    void properties;
  }
}

export class RetargetingClient extends AdsClient {
  override track(event: string, properties: Record<string, unknown>): void {
    super.track(`rt_${event}`, { ...properties, retargeting: true });
  }
}

export class InternalTracker implements EventTracker {
  readonly seen: string[] = [];
  track(event: string): void {
    this.seen.push(event);
  }
}

export interface Metrics {
  record(name: string, value: unknown): void;
}
