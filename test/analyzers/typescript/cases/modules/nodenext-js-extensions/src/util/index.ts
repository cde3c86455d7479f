export { sanitizeForAds } from "./strings.js";
export { beliefTag } from "./tags.mjs";
