import type { Profile } from "./types.js";

export class ProfileCache {
  private readonly byId = new Map<string, Profile>();
  private lastSeen: Profile | undefined;
  private readonly auditTrail: unknown[] = [];

  remember(profile: Profile): void {
    this.byId.set(profile.userId, profile);
    this.lastSeen = profile;
    this.auditTrail.push(profile);
  }

  lookup(userId: string): Profile | undefined {
    return this.byId.get(userId);
  }

  latest(): Profile | undefined {
    return this.lastSeen;
  }

  trail(): unknown[] {
    return this.auditTrail;
  }
}
