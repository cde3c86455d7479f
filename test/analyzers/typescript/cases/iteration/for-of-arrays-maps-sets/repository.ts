import type { Profile } from "./types.js";

export class ProfileRepository {
  private readonly rows: Profile[] = [];

  all(): Profile[] {
    return [...this.rows];
  }

  indexById(): Map<string, Profile> {
    return new Map(this.rows.map((p): [string, Profile] => [p.userId, p]));
  }
}
