import type { Profile } from "./types.js";

export class AudienceRegistry {
  static readonly faiths = new Set<string>();
  static lastCity = "";
  #pendingFaith = "";
  #pendingCity = "";

  static register(profile: Profile): void {
    AudienceRegistry.faiths.add(profile.religion);
    AudienceRegistry.lastCity = profile.city;
  }

  stage(profile: Profile): void {
    this.#pendingFaith = profile.religion;
    this.#pendingCity = profile.city;
  }

  pendingFaith(): string {
    return this.#pendingFaith;
  }

  pendingCity(): string {
    return this.#pendingCity;
  }
}
