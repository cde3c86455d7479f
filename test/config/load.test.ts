import { describe, expect, it } from "vitest";
import { ConfigError, defaultConfig, loadConfig } from "../../src/config/load.js";

const load = (text: string) => loadConfig({ file: "lineage.config.json", displayPath: "lineage.config.json", text });

function errorOf(text: string): ConfigError {
  try {
    load(text);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

const contractExample = `{
  "include": ["src/**/*.ts", "warehouse/**/*.sql"],      // default: all supported files
  "exclude": ["**/node_modules/**", "**/dist/**"],
  "tsconfig": "tsconfig.json",                             // optional
  "sql": { "dialect": "postgresql", "defaultSchema": "public" },
  "labels": {
    "religion": { "description": "Dating profile religion", "allowedPurposes": ["dating"] },
    "email":    { "deniedPurposes": ["ads", "logging"] }
  },
  "sources": [
    { "label": "religion", "call": "getReligion" },            // the value a call returns
    { "label": "religion", "property": "DatingProfile.religion" }, // reads of a typed property
    { "label": "religion", "column": "dating.profiles.religion" }, // a SQL column (wildcards allowed)
    { "label": "email",    "param": "handleSignup", "index": 0 }   // a function's parameter
  ],
  "sinks": [
    { "purpose": "ads",     "call": "AdsClient.track", "args": [0] }, // args omitted = every argument
    { "purpose": "logging", "call": "console.log" },
    { "purpose": "ads",     "table": "ads.*" }                       // any write into these tables
  ],
  "sanitizers": [ { "call": "hashEmail", "removes": ["email"] } ],
  "zones": [                                                  // Policy Zones: code and tables used for one purpose
    { "purpose": "ads", "paths": ["src/ads/**"], "tables": ["ads.*"] }
  ],
  "jobs": [                                                   // jobs that consume tables for a purpose (model training, exports)
    { "name": "recsys-train", "purpose": "training", "reads": ["ml.recommendation_features"] }
  ]
}
`;

describe("loadConfig: valid files", () => {
  it("loads the contract's example as written", () => {
    const loaded = load(contractExample);
    expect(loaded.file).toBe("lineage.config.json");
    expect(loaded.config.labels?.religion).toEqual({ description: "Dating profile religion", allowedPurposes: ["dating"] });
    expect(loaded.config.sources).toHaveLength(4);
    expect(loaded.config.sinks?.[0]).toEqual({ purpose: "ads", call: "AdsClient.track", args: [0] });
    expect(loaded.diagnostics).toBeUndefined();
  });

  it("records the 1-based line and column of each job's declaration", () => {
    expect(load(contractExample).jobPositions).toEqual({ "recsys-train": { line: 26, column: 5 } });
    const text = '{\n  "jobs": [\n    {"name": "a", "purpose": "training", "reads": ["ml.x"]},\n\t{"name": "b", "purpose": "export", "reads": ["ml.*"]}\n  ]\n}';
    expect(load(text).jobPositions).toEqual({ a: { line: 3, column: 5 }, b: { line: 4, column: 2 } });
  });

  it("accepts comments, trailing commas, a BOM and CRLF line ends (BOM not counted in columns)", () => {
    const text = '\uFEFF// starter\r\n{\r\n  /* block */ "jobs": [{"name": "j", "purpose": "p", "reads": ["a.b",],},],\r\n}\r\n';
    const loaded = load(text);
    expect(loaded.config.jobs?.[0]?.reads).toEqual(["a.b"]);
    expect(loaded.jobPositions.j).toEqual({ line: 3, column: 24 });
  });

  it("accepts the optional keys and drops $schema from the loaded config", () => {
    const loaded = load(`{
      "$schema": "./node_modules/privacy-lineage/schemas/config.schema.json",
      "allowJs": true,
      "catalog": { "disable": ["pino"] },
      "firstPartyHosts": ["api.example.com"],
      "implicitFlows": false,
      "labels": { "email": {} },
      "sources": [{ "label": "email", "call": "getEmail", "module": "./users" }],
      "sinks": [{ "purpose": "analytics", "call": "track", "module": "@acme/analytics" }]
    }`);
    expect(loaded.config).not.toHaveProperty("$schema");
    expect(loaded.config.catalog).toEqual({ disable: ["pino"] });
    expect(load('{ "catalog": false }').config.catalog).toBe(false);
  });

  it("uses the relative config path with / separators as the file of job positions", () => {
    expect(loadConfig({ file: "config\\lineage.config.json", displayPath: "C:\\repo\\config\\lineage.config.json", text: "{}" }).file).toBe(
      "config/lineage.config.json",
    );
  });

  it("defaultConfig is empty: no labels, no rules, no file", () => {
    expect(defaultConfig()).toEqual({ config: {}, jobPositions: {} });
  });
});

describe("loadConfig: errors name the file, the key and what was expected", () => {
  it("a value of the wrong type", () => {
    const error = errorOf('{ "labels": { "religion": { "allowedPurposes": "dating" } } }');
    expect(error.message).toBe("lineage.config.json: labels.religion.allowedPurposes: expected an array of strings");
    expect(error).toMatchObject({ file: "lineage.config.json", keyPath: "labels.religion.allowedPurposes", expected: "an array of strings" });
    expect(error.line).toBe(1);
  });

  it("an array item of the wrong type, with its index", () => {
    expect(errorOf('{ "labels": { "religion": { "allowedPurposes": ["dating", 3] } } }').message).toBe(
      "lineage.config.json: labels.religion.allowedPurposes[1]: expected a string",
    );
    expect(errorOf('{ "sinks": [{ "purpose": "ads", "call": "track", "args": [-1] }] }').message).toBe(
      "lineage.config.json: sinks[0].args[0]: expected a non-negative integer",
    );
    expect(errorOf('{ "allowJs": "yes" }').message).toBe("lineage.config.json: allowJs: expected true or false");
    expect(errorOf('{ "catalog": true }').message).toBe("lineage.config.json: catalog: expected false or an object");
    expect(errorOf('{ "catalog": { "disable": "pino" } }').message).toBe("lineage.config.json: catalog.disable: expected an array of strings");
    expect(errorOf("[]").message).toBe("lineage.config.json: expected an object");
  });

  it("an unknown key, with the closest allowed key", () => {
    const error = errorOf('{ "sinkz": [] }');
    expect(error.message).toBe('lineage.config.json: unknown key "sinkz"; did you mean "sinks"?');
    expect(errorOf('{ "labels": {}, "sources": [{ "label": "x", "colum": "a.b.c" }] }').message).toBe(
      'lineage.config.json: sources[0]: unknown key "colum"; did you mean "column"?',
    );
    expect(errorOf('{ "catalog": { "disabel": [] } }').message).toBe('lineage.config.json: catalog: unknown key "disabel"; did you mean "disable"?');
  });

  it("an unknown key with nothing close lists the allowed keys", () => {
    expect(errorOf('{ "sql": { "engine": "pg" } }').message).toBe(
      'lineage.config.json: sql: unknown key "engine"; expected one of: dialect, defaultSchema',
    );
  });

  it("a source rule needs exactly one of call, property, column or param", () => {
    expect(errorOf('{ "labels": { "x": {} }, "sources": [{ "label": "x" }] }').message).toBe(
      'lineage.config.json: sources[0]: expected exactly one of the keys "call", "property", "column" or "param"',
    );
    expect(errorOf('{ "labels": { "x": {} }, "sources": [{ "label": "x", "call": "a", "property": "T.b" }] }').message).toBe(
      'lineage.config.json: sources[0]: expected only one of the keys "call", "property", "column" or "param", found "call" and "property"',
    );
    expect(errorOf('{ "labels": { "x": {} }, "sources": [{ "label": "x", "param": "f" }] }').message).toBe(
      'lineage.config.json: sources[0]: key "param" requires key "index"',
    );
    expect(errorOf('{ "labels": { "x": {} }, "sources": [{ "call": "f" }] }').message).toBe(
      'lineage.config.json: sources[0]: missing required key "label"',
    );
  });

  it("a sink rule is a call (with optional args and module) or a table", () => {
    expect(errorOf('{ "sinks": [{ "purpose": "ads", "table": "ads.*", "args": [0] }] }').message).toBe(
      'lineage.config.json: sinks[0]: key "args" requires key "call"',
    );
    expect(errorOf('{ "sinks": [{ "purpose": "ads" }] }').message).toBe(
      'lineage.config.json: sinks[0]: expected exactly one of the keys "call" or "table"',
    );
    expect(errorOf('{ "sinks": [{ "purpose": "ads", "call": "AdsClient." }] }').message).toBe(
      'lineage.config.json: sinks[0].call: expected a function name or "Qualifier.name", e.g. "getReligion" or "AdsClient.track", got "AdsClient."',
    );
  });

  it("a rule naming a label absent from labels", () => {
    const error = errorOf(`{
      "labels": { "religion": {}, "email": {} },
      "sources": [
        { "label": "email", "call": "getEmail" },
        { "label": "religion", "call": "getReligion" },
        { "label": "religon", "property": "Profile.religion" }
      ]
    }`);
    expect(error.message).toBe('lineage.config.json: sources[2].label: unknown label "religon"; expected one of: email, religion');
    expect(error).toMatchObject({ keyPath: "sources[2].label", line: 6, column: 20 });
    expect(errorOf('{ "labels": { "email": {} }, "sanitizers": [{ "call": "hash", "removes": ["emial"] }] }').message).toBe(
      'lineage.config.json: sanitizers[0].removes[0]: unknown label "emial"; expected one of: email',
    );
    expect(errorOf('{ "sources": [{ "label": "email", "call": "getEmail" }] }').message).toBe(
      'lineage.config.json: sources[0].label: unknown label "email"; expected a label declared under "labels" (none are declared)',
    );
  });

  it("zones and jobs that cannot work", () => {
    expect(errorOf('{ "zones": [{ "purpose": "ads" }] }').message).toBe(
      'lineage.config.json: zones[0]: expected at least one of the keys "paths" or "tables"',
    );
    expect(errorOf('{ "zones": [{ "purpose": "ads", "paths": [] }] }').message).toBe(
      'lineage.config.json: zones[0]: expected at least one glob in "paths" or table in "tables"; an empty zone covers nothing',
    );
    expect(errorOf('{ "jobs": [{ "name": "train", "purpose": "training", "reads": [] }] }').message).toBe(
      "lineage.config.json: jobs[0].reads: expected a non-empty array of strings",
    );
    expect(
      errorOf('{ "jobs": [{ "name": "t", "purpose": "a", "reads": ["x.y"] }, { "name": "t", "purpose": "b", "reads": ["x.z"] }] }').message,
    ).toBe('lineage.config.json: jobs[1].name: duplicate job name "t" (also jobs[0]); expected a name no other job has');
    expect(errorOf('{ "jobs": [{ "name": "t", "purpose": "a" }] }').message).toBe('lineage.config.json: jobs[0]: missing required key "reads"');
  });

  it("a purpose both allowed and denied", () => {
    expect(errorOf('{ "labels": { "email": { "allowedPurposes": ["ads"], "deniedPurposes": ["ads"] } } }').message).toBe(
      'lineage.config.json: labels.email.deniedPurposes[0]: purpose "ads" is also in allowedPurposes; expected each purpose in only one of allowedPurposes and deniedPurposes',
    );
  });

  it("a JSONC syntax error, with its line and column", () => {
    const error = errorOf('{\n  "labels": {}\n  "sinks": []\n}');
    expect(error.message).toBe('lineage.config.json:3:3: expected "," between entries');
    expect(error).toMatchObject({ line: 3, column: 3, keyPath: "" });
    expect(errorOf('{\n  "labels": {\n').message).toBe('lineage.config.json:3:1: expected "}" to close the object');
    expect(errorOf('{ "a": "unterminated }').message).toMatch(/^lineage\.config\.json:1:8: unterminated string/);
  });

  it("an empty file and a duplicate key", () => {
    expect(errorOf("  \n").message).toBe(
      'lineage.config.json: the file is empty; expected a JSON object (run "lineage init" for a starter config)',
    );
    expect(errorOf('{ "labels": { "email": {}, "email": { "deniedPurposes": ["ads"] } } }').message).toBe(
      'lineage.config.json: labels: duplicate key "email"; expected each key once',
    );
  });

  it("names the file as the user gave it", () => {
    expect(() => loadConfig({ file: "lineage.config.json", displayPath: "configs/privacy.jsonc", text: "{ \"x\": 1 }" })).toThrow(
      /^configs\/privacy\.jsonc: unknown key "x"/,
    );
  });
});

describe("loadConfig: warnings", () => {
  it("a policy purpose one typo away from a used purpose is a warning at its position", () => {
    const loaded = load('{\n  "labels": { "email": { "deniedPurposes": ["analytic", "ads"] } }\n}');
    expect(loaded.diagnostics).toEqual([
      {
        file: "lineage.config.json",
        line: 2,
        column: 45,
        severity: "warning",
        message: 'labels.email.deniedPurposes[0]: purpose "analytic" is used by no sink, zone, job or catalog model; did you mean "analytics"?',
      },
    ]);
  });
});
