import { AdsClient } from "./ads-client.js";
import { addCity, addFaith, addName, lower, runPipeline, trim, type Attributes } from "./steps.js";
import type { Profile } from "./types.js";

export function target(ads: AdsClient, profile: Profile): void {
  const faith = [trim, lower].reduce((value, step) => step(value), profile.religion);
  ads.track("target_faith", faith);
  const city = runPipeline([trim, lower], profile.city);
  ads.track("target_city", city);

  const geo = [addCity, addName].reduce<Attributes>((attrs, enrich) => enrich(attrs, profile), {});
  ads.track("target_geo", geo);
  const full = [addCity, addFaith].reduce<Attributes>((attrs, enrich) => enrich(attrs, profile), {});
  ads.track("target_full", full);
}

export function fanOut(ads: AdsClient, profile: Profile): void {
  const handlers = [
    (value: string) => console.info("orientation seen", value),
    (value: string) => ads.track("orientation_seen", value),
  ];
  handlers.forEach((handle) => handle(profile.sexualOrientation));
  const cityHandlers = [(value: string) => console.info("city seen", value)];
  for (const handle of cityHandlers) handle(profile.city);
}
