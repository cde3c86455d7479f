import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export class ProfileView {
  constructor(
    private readonly profile: Profile,
    private readonly ads: AdsClient,
    readonly theme: string = "light",
  ) {}

  trackImpression(): void {
    this.ads.track("impression_city", this.profile.city);
    this.ads.track("impression_theme", this.theme);
    this.ads.track("impression_faith", this.profile.religion);
  }

  headline(): string {
    return `${this.profile.displayName} · ${this.profile.city}`;
  }
}

export function render(ads: AdsClient, profile: Profile): void {
  const view = new ProfileView(profile, ads);
  ads.track("rendered_headline", view.headline());
}
