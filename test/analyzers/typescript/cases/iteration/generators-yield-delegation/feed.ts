import type { Profile } from "./types.js";

export function* faiths(profiles: Profile[]): Generator<string> {
  for (const p of profiles) {
    yield p.religion;
  }
}

export function* cities(profiles: Profile[]): Generator<string> {
  for (const p of profiles) {
    yield p.city;
  }
}

export function* everything(profiles: Profile[]): Generator<string> {
  yield* cities(profiles);
  yield* faiths(profiles);
}

export function* citiesOnly(profiles: Profile[]): Generator<string> {
  yield "everywhere";
  yield* cities(profiles);
  yield* ["nowhere"];
}

export function* orientationPairs(profiles: Profile[]): Generator<[string, string]> {
  for (const p of profiles) {
    yield [p.userId, p.sexualOrientation];
  }
}
