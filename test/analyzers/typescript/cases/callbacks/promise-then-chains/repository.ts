import type { Profile } from "./types.js";

export class ProfileRepository {
  private readonly rows = new Map<string, Profile>();

  async find(userId: string): Promise<Profile> {
    const row = this.rows.get(userId);
    if (!row) throw new Error(`no profile ${userId}`);
    return row;
  }
}
