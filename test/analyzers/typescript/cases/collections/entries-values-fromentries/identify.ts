import { ProductAnalytics } from "./product-analytics.js";
import { channels, contactTraits, publicTraits } from "./traits.js";
import type { Account } from "./types.js";

export function identifyAccount(analytics: ProductAnalytics, account: Account): void {
  analytics.identify(account.id, publicTraits(account));
  analytics.identify(account.id, contactTraits(account));

  const byChannel = channels(account);
  analytics.identify(account.id, Object.keys(byChannel));
  analytics.identify(account.id, Object.values(byChannel));
  analytics.identify(account.id, Object.entries(byChannel).map(([channel]) => channel));
  analytics.identify(account.id, Object.entries(byChannel).map(([, address]) => address));

  for (const [channel, address] of Object.entries(byChannel)) {
    analytics.identify(account.id, channel);
    analytics.identify(account.id, address);
  }

  const rebuilt = Object.fromEntries(Object.entries(byChannel));
  analytics.identify(account.id, rebuilt);
}
