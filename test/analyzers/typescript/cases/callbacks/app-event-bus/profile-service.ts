import { bus, saveHooks } from "./bus.js";
import type { Profile } from "./types.js";

export function updateProfile(profile: Profile): void {
  bus.emit("profile.updated", { id: profile.userId, orientation: profile.sexualOrientation });
  bus.emit("profile.viewed", { id: profile.userId, city: profile.city });
}

export function saveProfile(profile: Profile): void {
  for (const hook of saveHooks.beforeSave) hook(profile.city);
  for (const hook of saveHooks.afterSave) hook(profile.religion);
}
