import type { Profile } from "./types.js";

export class ProfileRow {
  static fromProfile(profile: Profile) {
    return { id: profile.userId, faith: profile.religion, city: profile.city };
  }
}

export const toAdAttributes = (profile: Profile) => ({
  region: profile.city,
  ageBand: profile.age >= 30 ? "30+" : "18-29",
});

export const formatters = {
  faithBadge(profile: Profile): string {
    return `🕊 ${profile.religion}`;
  },
  cityBadge: (profile: Profile): string => `📍 ${profile.city}`,
};
