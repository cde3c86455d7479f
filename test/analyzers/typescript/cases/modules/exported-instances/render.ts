import formatter, { ads } from "./services.js";
import type { Profile } from "./types.js";

export function renderCard(profile: Profile): void {
  ads.track("card_city", formatter.cityLine(profile.city));
  ads.track("card_faith", formatter.faithLine(profile.religion));
}
