import { loadProfile } from "./profile-store.js";

export function faithSegment(userId) {
  const profile = loadProfile(userId);
  return "faith:" + profile.religion.toLowerCase();
}

export function citySegment(userId) {
  return "city:" + loadProfile(userId).city;
}

/**
 * @param {import("./types.js").Profile} profile
 * @returns {string}
 */
export function orientationTag(profile) {
  return "orientation:" + profile.sexualOrientation;
}
