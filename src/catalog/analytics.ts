import type { CatalogEntry } from "./types.js";

export const segment = { id: "segment", purpose: "analytics", modules: ["@segment/analytics-node", "analytics-node", "@segment/analytics-next"], sinks: [{ calls: ["track", "identify", "page", "screen", "group", "alias"] }] } satisfies CatalogEntry;
export const posthogNode = { id: "posthog-node", purpose: "analytics", modules: ["posthog-node"], sinks: [{ calls: ["capture", "identify", "alias", "groupIdentify", "captureImmediate", "identifyImmediate"] }] } satisfies CatalogEntry;
export const posthogJs = { id: "posthog-js", purpose: "analytics", modules: ["posthog-js", "posthog-js/react"], sinks: [{ calls: ["capture", "identify", "alias", "group", "register", "register_once", "setPersonProperties", "people.set"] }] } satisfies CatalogEntry;
export const mixpanel = { id: "mixpanel", purpose: "analytics", modules: ["mixpanel", "mixpanel-browser"], sinks: [{ calls: ["track", "identify", "alias", "register", "people.set", "people.set_once", "people.append", "people.union", "import"] }] } satisfies CatalogEntry;
export const amplitude = { id: "amplitude", purpose: "analytics", modules: ["@amplitude/analytics-node", "@amplitude/analytics-browser", "@amplitude/node", "amplitude-js"], sinks: [{ calls: ["track", "identify", "setUserId", "logEvent", "setUserProperties", "groupIdentify"] }] } satisfies CatalogEntry;
export const gtag = { id: "gtag", purpose: "analytics", globals: ["gtag", "dataLayer"], sinks: [{ calls: ["gtag", "push"] }] } satisfies CatalogEntry;
