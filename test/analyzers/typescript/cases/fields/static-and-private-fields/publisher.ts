import { AdsClient } from "./ads-client.js";
import { AudienceRegistry } from "./registry.js";

export function publish(ads: AdsClient, registry: AudienceRegistry): void {
  ads.track("registry_city", AudienceRegistry.lastCity);
  ads.track("registry_faiths", [...AudienceRegistry.faiths]);
  ads.track("registry_pending_city", registry.pendingCity());
  ads.track("registry_pending_faith", registry.pendingFaith());
}
