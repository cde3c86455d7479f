export * as profileLib from "./profile/index.js";
export * from "./profile/index.js";
