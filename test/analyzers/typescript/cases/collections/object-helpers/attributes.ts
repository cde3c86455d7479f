import { AdsClient } from "./ads-client.js";
import type { Profile } from "./types.js";

export function syncAttributes(ads: AdsClient, profile: Profile): void {
  const sensitive = { faith: profile.religion };
  const plain = { city: profile.city, age: profile.age };

  ads.track("attr_values", Object.values(sensitive));
  ads.track("attr_plain_values", Object.values(plain));

  for (const [key, value] of Object.entries(sensitive)) {
    ads.track(`attr_${key}`, value);
  }
  ads.track("attr_keys", Object.keys(sensitive));

  const merged = Object.assign({}, plain, sensitive);
  ads.track("attr_merged", merged);

  const target: Record<string, unknown> = { source: "sync" };
  Object.assign(target, plain);
  ads.track("attr_target_plain", target);
  Object.assign(target, { note: profile.religion });
  ads.track("attr_target", target);
}
