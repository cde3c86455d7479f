import { auditLog } from "./audit.js";
import type { Profile } from "./types.js";

export class ProfileService {
  private readonly store = new Map<string, Profile>();

  update(profile: Profile): void {
    this.store.set(profile.userId, profile);
    auditLog("profile.updated", { id: profile.userId, city: profile.city });
  }

  updateFaith(profile: Profile, religion: string): void {
    this.store.set(profile.userId, { ...profile, religion });
    auditLog("profile.faith_updated", { id: profile.userId, faith: profile.religion });
  }
}
