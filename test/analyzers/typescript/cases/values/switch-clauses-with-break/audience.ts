import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

const ads = new AdsClient();

/** Picks the audience attribute each plan tier is targeted by. */
export function targetByPlan(profile: Profile): void {
  let attribute = "none";
  switch (profile.plan) {
    case "premium":
      attribute = profile.religion;
      break;
    case "plus": {
      attribute = profile.city;
      break;
    }
    default:
      attribute = "generic";
  }
  ads.track("audience", { attribute });
}

/** The same choice, but every clause replaces the value before it is sent. */
export function targetByTier(profile: Profile): void {
  let segment = profile.religion;
  switch (profile.plan) {
    case "premium":
      segment = `tier:${profile.plan}`;
      break;
    default:
      segment = "tier:other";
      break;
  }
  ads.track("segment", { segment });
}
