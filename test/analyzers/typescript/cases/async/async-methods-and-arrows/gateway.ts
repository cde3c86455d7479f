import type { Profile } from "./types.js";

export class ProfileGateway {
  constructor(private readonly baseUrl: string) {}

  async fetchProfile(userId: string): Promise<Profile> {
    const fresh = await this.download(userId);
    return { ...fresh, displayName: fresh.displayName.trim() };
  }

  private async download(userId: string): Promise<Profile> {
    const response = await fetch(`${this.baseUrl}/profiles/${encodeURIComponent(userId)}`);
    return (await response.json()) as Profile;
  }
}

export const fetchFaith = async (gateway: ProfileGateway, userId: string): Promise<string> => {
  const { religion } = await gateway.fetchProfile(userId);
  return religion;
};
