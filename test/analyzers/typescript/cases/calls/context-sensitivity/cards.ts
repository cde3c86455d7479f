import { AdsClient } from "./ads-client.js";
import { titleCase, withPrefix } from "./format.js";
import type { Profile } from "./types.js";

export function profileCards(ads: AdsClient, profile: Profile): void {
  const city = titleCase(profile.city);
  const faith = titleCase(profile.religion);
  ads.track("card_city", city);
  ads.track("card_faith", faith);

  const tagged = withPrefix(profile.city, profile.religion);
  ads.track("card_prefix", tagged.prefix);
  ads.track("card_text", tagged.text);
}
