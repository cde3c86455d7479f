export * from "./health/index.js";
export type { Patient } from "../types.js";
