import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export class MemberCard {
  private note = "";

  constructor(private readonly profile: Profile) {}

  get faithBadge(): string {
    return `✦ ${this.profile.religion}`;
  }

  get cityBadge(): string {
    return this.profile.city.toUpperCase();
  }

  set remark(value: string) {
    this.note = value;
  }

  get remark(): string {
    return this.note;
  }
}

export function showCard(ads: AdsClient, profile: Profile): void {
  const card = new MemberCard(profile);
  ads.track("card_city_badge", card.cityBadge);
  ads.track("card_faith_badge", card.faithBadge);
  card.remark = profile.religion;
  ads.track("card_remark", card.remark);
}
