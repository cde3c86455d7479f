import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function joinTags(...tags: string[]): string {
  return tags.filter((t) => t.length > 0).join("|");
}

export function firstTag(first: string, ...others: string[]): string {
  void others;
  return first;
}

export function withSuffix(value: string, suffix: string = "-member"): string {
  return value + suffix;
}

export function tagProfile(ads: AdsClient, profile: Profile): void {
  ads.track("tags_clean", joinTags("dating", profile.city));
  ads.track("tags_faith", joinTags("dating", profile.city, profile.religion));
  ads.track("tags_first", firstTag(profile.city, profile.religion));
  ads.track("tags_suffix_default", withSuffix(profile.city));
  ads.track("tags_suffix", withSuffix(profile.city, profile.religion));
}
