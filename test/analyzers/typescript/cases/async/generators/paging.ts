import type { Profile } from "./types.js";

export function* faithsOf(profiles: Profile[]): Generator<string> {
  for (const profile of profiles) {
    yield profile.religion;
  }
}

export function* citiesOf(profiles: Profile[]): Generator<string> {
  for (const profile of profiles) yield profile.city;
}

export async function* pagesOf(profiles: Profile[], size: number): AsyncGenerator<string[]> {
  for (let i = 0; i < profiles.length; i += size) {
    yield profiles.slice(i, i + size).map((p) => p.religion);
  }
}
