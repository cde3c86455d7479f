/**
 * The commented starter written by `lineage init`: two example labels with their policies, a few
 * sources and sinks to adapt, zones and jobs left as comments. Valid as it stands.
 */
export function starterConfig(): string {
  return `{
  // privacy-lineage: where does labelled (sensitive) data flow?
  // JSON with comments and trailing commas. Reference: node_modules/privacy-lineage/schemas/config.schema.json
  "$schema": "./node_modules/privacy-lineage/schemas/config.schema.json",

  // Files to scan (default: every .ts/.tsx/.mts/.cts and .sql file under the scanned paths).
  // "include": ["src/**/*.ts", "warehouse/**/*.sql"],
  "exclude": ["**/dist/**", "**/*.test.ts"],

  // "tsconfig": "tsconfig.json",
  "sql": { "dialect": "postgresql", "defaultSchema": "public" },

  // Kinds of sensitive data and the purposes they may (allowedPurposes) or must not (deniedPurposes) serve.
  // Built-in purposes: logging, analytics, llm, third_party, storage, training.
  "labels": {
    "email": { "description": "A user's email address", "deniedPurposes": ["analytics", "logging", "llm"] },
    "religion": { "description": "Religion from the dating profile", "allowedPurposes": ["dating"] },
  },

  // Where labelled data enters: a call's return value, reads of a typed property, a SQL column, a parameter.
  "sources": [
    { "label": "email", "property": "User.email" },
    { "label": "email", "column": "public.users.email" },
    { "label": "religion", "call": "getReligion" },
    // { "label": "email", "param": "handleSignup", "index": 0 },
  ],

  // Your own sinks, next to the built-in catalog (console, pino, Segment, OpenAI, fetch, S3, ...).
  "sinks": [
    { "purpose": "ads", "call": "AdsClient.track", "args": [0] },
    { "purpose": "ads", "table": "ads.*" },
  ],

  // Calls whose result no longer carries a label.
  "sanitizers": [
    { "call": "hashEmail", "removes": ["email"] },
  ],

  // Policy zones: code and tables used for one purpose.
  // "zones": [
  //   { "purpose": "ads", "paths": ["src/ads/**"], "tables": ["ads.*"] },
  // ],

  // Jobs that consume tables for a purpose (model training, exports).
  // "jobs": [
  //   { "name": "recsys-train", "purpose": "training", "reads": ["ml.recommendation_features"] },
  // ],

  // The built-in catalog of package models is on; turn entries off with { "disable": ["pino"] }, or all with false.
  "catalog": { "disable": [] },
}
`;
}
