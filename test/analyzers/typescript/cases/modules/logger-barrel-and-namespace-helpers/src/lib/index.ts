export { default as log } from "./logger.js";
export * as format from "./format.js";
export type { Contact } from "./types.js";
