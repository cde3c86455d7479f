import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

interface MatchQuery {
  owner: { id: string };
  criteria: {
    beliefs: { religion: string; strict: boolean };
    geo: { city: string; radiusKm: number };
  };
}

export function buildQuery(profile: Profile): MatchQuery {
  return {
    owner: { id: profile.userId },
    criteria: {
      beliefs: { religion: profile.religion, strict: false },
      geo: { city: profile.city, radiusKm: 25 },
    },
  };
}

export function promote(ads: AdsClient, profile: Profile): void {
  const query = buildQuery(profile);
  ads.track("promote_geo", query.criteria.geo);
  ads.track("promote_owner", query.owner.id);
  ads.track("promote_beliefs", query.criteria.beliefs);
  const { criteria } = query;
  ads.track("promote_radius", criteria.geo.radiusKm);
  ads.track("promote_criteria", criteria);
}
