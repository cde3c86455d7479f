import type { LineageConfig } from "./types.js";
import { splitQualifiedName } from "./match.js";
import { closestName } from "./suggest.js";

/** A config that is well-formed but does not make sense, found after the schema check. */
export interface ConfigProblem {
  path: (string | number)[];
  problem: string;
  expected: string;
}

/** Purposes the built-in catalog uses (see the contract); a config purpose close to one is likely a typo. */
export const CATALOG_PURPOSES = ["logging", "analytics", "llm", "third_party", "storage", "training"] as const;

/**
 * The first thing in a schema-valid config that cannot work: a rule naming an undeclared label, a
 * purpose both allowed and denied, a malformed call or table name, an empty zone, two jobs with
 * one name.
 */
export function findConfigProblem(config: LineageConfig): ConfigProblem | undefined {
  return firstOf([
    () => checkLabelReferences(config),
    () => checkPolicies(config),
    () => checkNames(config),
    () => checkZones(config),
    () => checkJobs(config),
  ]);
}

/**
 * Purposes in `allowedPurposes` / `deniedPurposes` that no sink, zone, job or catalog model uses but
 * that are one typo away from one that does: a misspelt denied purpose silently allows everything.
 * Not errors, since `@sink` and `-- @purpose` annotations in code may use any purpose.
 */
export function findPurposeTypos(config: LineageConfig): { path: (string | number)[]; message: string }[] {
  const known = new Set<string>([
    ...CATALOG_PURPOSES,
    ...(config.sinks ?? []).map((sink) => sink.purpose),
    ...(config.zones ?? []).map((zone) => zone.purpose),
    ...(config.jobs ?? []).map((job) => job.purpose),
  ]);
  const found: { path: (string | number)[]; message: string }[] = [];
  for (const [label, policy] of Object.entries(config.labels ?? {})) {
    for (const key of ["allowedPurposes", "deniedPurposes"] as const) {
      (policy[key] ?? []).forEach((purpose, index) => {
        if (known.has(purpose)) return;
        const suggestion = closestName(purpose, [...known]);
        if (suggestion === undefined) return;
        found.push({
          path: ["labels", label, key, index],
          message: `purpose "${purpose}" is used by no sink, zone, job or catalog model; did you mean "${suggestion}"?`,
        });
      });
    }
  }
  return found;
}

function firstOf(checks: (() => ConfigProblem | undefined)[]): ConfigProblem | undefined {
  for (const check of checks) {
    const problem = check();
    if (problem) return problem;
  }
  return undefined;
}

function checkLabelReferences(config: LineageConfig): ConfigProblem | undefined {
  const declared = Object.keys(config.labels ?? {}).sort();
  const unknown = (label: string, path: (string | number)[]): ConfigProblem | undefined => {
    if (declared.includes(label)) return undefined;
    const expected = declared.length > 0 ? `one of: ${declared.join(", ")}` : 'a label declared under "labels" (none are declared)';
    return { path, problem: `unknown label "${label}"; expected ${expected}`, expected };
  };
  for (const [i, source] of (config.sources ?? []).entries()) {
    const problem = unknown(source.label, ["sources", i, "label"]);
    if (problem) return problem;
  }
  for (const [i, sanitizer] of (config.sanitizers ?? []).entries()) {
    for (const [j, label] of sanitizer.removes.entries()) {
      const problem = unknown(label, ["sanitizers", i, "removes", j]);
      if (problem) return problem;
    }
  }
  return undefined;
}

function checkPolicies(config: LineageConfig): ConfigProblem | undefined {
  for (const [label, policy] of Object.entries(config.labels ?? {})) {
    const allowed = new Set(policy.allowedPurposes ?? []);
    const index = (policy.deniedPurposes ?? []).findIndex((purpose) => allowed.has(purpose));
    if (index >= 0) {
      const purpose = policy.deniedPurposes![index]!;
      return {
        path: ["labels", label, "deniedPurposes", index],
        problem: `purpose "${purpose}" is also in allowedPurposes; expected each purpose in only one of allowedPurposes and deniedPurposes`,
        expected: "each purpose in only one of allowedPurposes and deniedPurposes",
      };
    }
  }
  return undefined;
}

function checkNames(config: LineageConfig): ConfigProblem | undefined {
  const callShape = 'a function name or "Qualifier.name", e.g. "getReligion" or "AdsClient.track"';
  const checks: [unknown, (string | number)[], string][] = [];
  (config.sources ?? []).forEach((rule, i) => {
    if ("call" in rule) checks.push([rule.call, ["sources", i, "call"], callShape]);
    if ("property" in rule) checks.push([rule.property, ["sources", i, "property"], 'a property as "Type.property", e.g. "DatingProfile.religion"']);
    if ("column" in rule) checks.push([rule.column, ["sources", i, "column"], 'a column as "schema.table.column" (wildcards allowed)']);
    if ("param" in rule) checks.push([rule.param, ["sources", i, "param"], callShape]);
  });
  (config.sinks ?? []).forEach((rule, i) => {
    if ("call" in rule) checks.push([rule.call, ["sinks", i, "call"], callShape]);
    if ("table" in rule) checks.push([rule.table, ["sinks", i, "table"], 'a table as "schema.table" (wildcards allowed)']);
  });
  (config.sanitizers ?? []).forEach((rule, i) => checks.push([rule.call, ["sanitizers", i, "call"], callShape]));
  (config.zones ?? []).forEach((zone, i) =>
    (zone.tables ?? []).forEach((table, j) => checks.push([table, ["zones", i, "tables", j], 'a table as "schema.table" (wildcards allowed)'])),
  );
  (config.jobs ?? []).forEach((job, i) =>
    job.reads.forEach((table, j) => checks.push([table, ["jobs", i, "reads", j], 'a table as "schema.table" (wildcards allowed)'])),
  );
  for (const [name, path, expected] of checks) {
    if (typeof name !== "string") continue;
    if (/\s/.test(name.replace(/"[^"]*"|`[^`]*`/g, "")) || splitQualifiedName(name).some((segment) => segment === "")) {
      return { path, problem: `expected ${expected}, got ${JSON.stringify(name)}`, expected };
    }
  }
  return undefined;
}

function checkZones(config: LineageConfig): ConfigProblem | undefined {
  for (const [i, zone] of (config.zones ?? []).entries()) {
    if ((zone.paths?.length ?? 0) + (zone.tables?.length ?? 0) === 0) {
      const expected = 'at least one glob in "paths" or table in "tables"';
      return { path: ["zones", i], problem: `expected ${expected}; an empty zone covers nothing`, expected };
    }
  }
  return undefined;
}

function checkJobs(config: LineageConfig): ConfigProblem | undefined {
  const seen = new Map<string, number>();
  for (const [i, job] of (config.jobs ?? []).entries()) {
    const first = seen.get(job.name);
    if (first !== undefined) {
      const expected = "a name no other job has";
      return { path: ["jobs", i, "name"], problem: `duplicate job name "${job.name}" (also jobs[${first}]); expected ${expected}`, expected };
    }
    seen.set(job.name, i);
  }
  return undefined;
}
