import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

type Member = Profile & { score: number };

export class Directory {
  private readonly byId: Record<string, Profile> = {};

  constructor(private readonly ads: AdsClient) {}

  add(profile: Profile): void {
    this.byId[profile.userId] = profile;
  }

  exportAll(members: Member[], pending: Promise<Profile>, cities: Record<string, string>): void {
    this.ads.track("directory_cities", cities);
    this.ads.track("directory_members", members);
    this.ads.track("directory_index", this.byId);
    this.ads.track("directory_pending", pending);
    this.ads.track("directory_scores", members.map((m) => m.score));
    this.ads.track("directory_self", this);
  }
}
