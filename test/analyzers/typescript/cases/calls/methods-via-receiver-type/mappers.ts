import type { Profile } from "./types.js";

export class FaithMapper {
  toSegment(profile: Profile): string {
    return `faith:${profile.religion}`;
  }
}

export class GeoMapper {
  toSegment(profile: Profile): string {
    return `geo:${profile.city}`;
  }
}
