export const FAITH_KEY = "religion";
export const CITY_KEY = "city";

export const ProfileFields = {
  orientation: "sexualOrientation",
  name: "displayName",
} as const;

export type SegmentKey = "faith" | "region";
