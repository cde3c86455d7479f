import type { Profile } from "./types.js";

export class StringBag implements Iterable<string> {
  constructor(private readonly values: string[]) {}

  [Symbol.iterator](): Iterator<string> {
    return this.values[Symbol.iterator]();
  }
}

export class ProfileBatch implements Iterable<Profile> {
  private readonly items: Profile[] = [];

  add(profile: Profile): void {
    this.items.push(profile);
  }

  *[Symbol.iterator](): Iterator<Profile> {
    yield* this.items;
  }
}

export function describe(title: string, ...values: string[]): string {
  return `${title}: ${values.join(", ")}`;
}
