import { createRequire } from "node:module";
import { Ajv, type AnySchemaObject, type ValidateFunction } from "ajv";
import { ConfigError } from "./config-error.js";
import { formatKeyPath, parseJsonc, type JsoncDocument } from "./jsonc.js";
import { explainSchemaErrors } from "./schema-errors.js";
import { findConfigProblem, findPurposeTypos } from "./semantics.js";
import type { LineageConfig, LoadedConfig } from "./types.js";

export { ConfigError } from "./config-error.js";

// The schema ships in schemas/ for editors and users; src/config and dist/config both sit two levels below it.
const configSchema = createRequire(import.meta.url)("../../schemas/config.schema.json") as AnySchemaObject;

let validator: ValidateFunction | undefined;

function validate(value: unknown): ValidateFunction {
  validator ??= new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false }).compile(configSchema);
  validator(value);
  return validator;
}

/**
 * Reads `lineage.config.json` text: JSON with comments and trailing commas, a BOM ignored.
 * Throws a ConfigError naming the file, the key and what was expected for anything it cannot use.
 */
export function loadConfig(input: {
  /** The config file relative to the scan root, `/`-separated: job sinks in reports point here. */
  file: string;
  text: string;
  /** How to name the file in error messages (as the user gave it). */
  displayPath: string;
}): LoadedConfig {
  const document = parseJsonc(input.text, input.displayPath);
  const fail = (problem: { path: (string | number)[]; problem: string; expected: string }): never => {
    throw new ConfigError({
      file: input.displayPath,
      keyPath: formatKeyPath(problem.path),
      problem: problem.problem,
      expected: problem.expected,
      ...positionOf(document, problem.path),
    });
  };

  const check = validate(document.value);
  if (check.errors && check.errors.length > 0) {
    fail(explainSchemaErrors(check.errors, document.value, configSchema, (path) => offsetOf(document, path)));
  }

  const { $schema: _schema, ...config } = document.value as LineageConfig & { $schema?: string };
  const problem = findConfigProblem(config);
  if (problem) fail(problem);

  const file = input.file.replace(/\\/g, "/");
  const jobPositions: LoadedConfig["jobPositions"] = {};
  (config.jobs ?? []).forEach((job, index) => {
    jobPositions[job.name] = document.positionOf(["jobs", index]) ?? { line: 1, column: 1 };
  });
  const diagnostics = findPurposeTypos(config).map(({ path, message }) => ({
    file,
    ...(document.positionOf(path) ?? { line: 1, column: 1 }),
    severity: "warning" as const,
    message: `${formatKeyPath(path)}: ${message}`,
  }));

  return { config, file, jobPositions, ...(diagnostics.length > 0 ? { diagnostics } : {}) };
}

/** The built-in defaults used when there is no config file: the catalog on, no labels, no rules. */
export function defaultConfig(): LoadedConfig {
  return { config: {}, jobPositions: {} };
}

/** The position of the value at a path, or of its nearest existing ancestor. */
function positionOf(document: JsoncDocument, path: readonly (string | number)[]): { line?: number; column?: number } {
  for (let length = path.length; length >= 0; length--) {
    const position = document.positionOf(path.slice(0, length));
    if (position) return position;
  }
  return {};
}

function offsetOf(document: JsoncDocument, path: readonly (string | number)[]): number {
  const position = positionOf(document, path);
  // Line and column order the same way offsets do.
  return (position.line ?? 0) * 1_000_000 + (position.column ?? 0);
}
