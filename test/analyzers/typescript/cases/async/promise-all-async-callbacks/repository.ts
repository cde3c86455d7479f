import type { Profile } from "./types.js";

export class ProfileRepository {
  constructor(private readonly rows: Map<string, Profile>) {}

  async find(userId: string): Promise<Profile> {
    const row = this.rows.get(userId);
    if (!row) throw new Error(`missing ${userId}`);
    return row;
  }
}
