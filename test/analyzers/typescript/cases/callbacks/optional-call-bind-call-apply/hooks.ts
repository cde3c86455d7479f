import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export interface SaveHooks {
  onSaved?: (faith: string) => void;
}

function sendFaith(this: AdsClient, faith: string): void {
  this.track("hook_faith", faith);
}

export function saveProfile(ads: AdsClient, profile: Profile, hooks: SaveHooks): void {
  hooks.onSaved?.(profile.religion);
  sendFaith.call(ads, profile.religion);
  const bound = sendFaith.bind(ads);
  bound(profile.city);
  const upper = String.prototype.toUpperCase.call(profile.religion);
  ads.track("hook_upper", upper);
}
