import { AdsClient } from "./ads-client.js";

class ProfileFormatter {
  faithLine(faith: string): string {
    return `Faith: ${faith}`;
  }
  cityLine(city: string): string {
    return `City: ${city}`;
  }
}

export const ads = new AdsClient();
export default new ProfileFormatter();
