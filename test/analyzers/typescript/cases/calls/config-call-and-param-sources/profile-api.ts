export class ProfileApi {
  async fetchReligion(userId: string): Promise<string> {
    const response = await fetch(`/api/profiles/${userId}/religion`);
    return response.text();
  }

  async fetchCity(userId: string): Promise<string> {
    const response = await fetch(`/api/profiles/${userId}/city`);
    return response.text();
  }
}

export class CachedProfileApi extends ProfileApi {}

export class WeatherApi {
  async fetchReligion(region: string): Promise<string> {
    return `no religion data for ${region}`;
  }
}
