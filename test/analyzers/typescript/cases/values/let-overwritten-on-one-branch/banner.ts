import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function bannerFor(ads: AdsClient, profile: Profile, anonymous: boolean): void {
  let label = profile.religion;
  if (anonymous) {
    label = "hidden";
  }
  ads.track("banner_label", label);

  let caption = "Welcome";
  for (const tag of ["new", "featured"]) {
    if (tag === "featured") caption = profile.religion;
  }
  ads.track("banner_caption", caption);

  let footer = profile.religion;
  try {
    footer = renderFooter(profile.displayName);
  } catch {
    // keep the previous footer when rendering fails
  }
  ads.track("banner_footer", footer);
}

function renderFooter(name: string): string {
  if (name.length > 40) throw new Error("name too long");
  return `Say hi to ${name}`;
}
