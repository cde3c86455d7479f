import { createRequire } from "node:module";

// package.json sits two levels above both src/version.ts and dist/version.js.
const pkg = createRequire(import.meta.url)("../package.json") as { name: string; version: string };

export const TOOL_NAME = pkg.name;
export const TOOL_VERSION = pkg.version;
