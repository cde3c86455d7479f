import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export abstract class ExportStep {
  run(profile: Profile): void {
    const payload = this.select(profile);
    this.deliver(payload);
  }

  protected abstract select(profile: Profile): string;
  protected abstract deliver(payload: string): void;
}

export class FaithToAds extends ExportStep {
  constructor(private readonly ads: AdsClient) {
    super();
  }

  protected select(profile: Profile): string {
    return profile.religion;
  }

  protected deliver(payload: string): void {
    this.ads.track("step_payload", payload);
  }
}

export class Box<T> {
  constructor(readonly value: T) {}

  get(): T {
    return this.value;
  }

  map<U>(transform: (value: T) => U): Box<U> {
    return new Box(transform(this.value));
  }
}

export function boxes(ads: AdsClient, profile: Profile): void {
  ads.track("box_city", new Box(profile.city).get());
  ads.track("box_faith", new Box(profile.religion).map((f) => f.toUpperCase()).get());
}
