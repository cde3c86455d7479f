import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function matchCard(ads: AdsClient, me: Profile, them: Profile, showFaith: boolean): void {
  const subtitle = showFaith ? them.religion : them.city;
  ads.track("card_subtitle", subtitle);

  const badge = me.religion === them.religion ? "Shares your faith" : "New match";
  ads.track("card_badge", badge);

  const tone = them.religion ? "warm" : "neutral";
  ads.track("card_tone", tone);
}
