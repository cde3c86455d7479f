import { readEmailCookie } from "@heartline/session";
import { AdsClient } from "./ads-client.js";
import { CachedProfileApi, ProfileApi, WeatherApi } from "./profile-api.js";

function readLocalCookie(name: string): string {
  return document.cookie.split(`${name}=`)[1] ?? "";
}

export class SignupController {
  constructor(
    private readonly ads: AdsClient,
    private readonly profiles: ProfileApi,
    private readonly cached: CachedProfileApi,
    private readonly weather: WeatherApi,
  ) {}

  async handleSignup(userId: string, email: string, referrer: string): Promise<void> {
    this.ads.track("signup_referrer", referrer);
    this.ads.track("signup_email", email);
    this.ads.track("signup_city", await this.profiles.fetchCity(userId));
    this.ads.track("signup_faith", await this.profiles.fetchReligion(userId));
    this.ads.track("signup_cached_faith", await this.cached.fetchReligion(userId));
    this.ads.track("signup_weather", await this.weather.fetchReligion("eu"));
    this.ads.track("signup_cookie", readEmailCookie());
    this.ads.track("signup_local_cookie", readLocalCookie("email"));
  }
}
