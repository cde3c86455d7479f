export * from "./extract.js";
export { extractBelief as beliefOf, extractRegion as regionOf } from "./extract.js";
export { default as tag } from "./format.js";
