import type { AnySchemaObject, ErrorObject } from "ajv";
import { closestName } from "./suggest.js";

/**
 * Turns ajv's errors (allErrors, verbose) into the one message a user should read first:
 * an unknown key (with a "did you mean"), else the first problem in document order, phrased as
 * what was expected there.
 */
export interface SchemaProblem {
  /** JSON path of the offending value, array positions as numbers. */
  path: (string | number)[];
  problem: string;
  expected: string;
}

type SchemaNode = AnySchemaObject;

export function explainSchemaErrors(
  errors: readonly ErrorObject[],
  data: unknown,
  rootSchema: SchemaNode,
  offsetOf: (path: readonly (string | number)[]) => number,
): SchemaProblem {
  const candidates = relevantErrors(errors, rootSchema);
  const ranked = candidates
    .map((error) => ({ error, path: toPath(error.instancePath, data) }))
    .sort(
      (a, b) =>
        Number(!isUnknownKey(a.error)) - Number(!isUnknownKey(b.error)) ||
        offsetOf(a.path) - offsetOf(b.path) ||
        b.path.length - a.path.length ||
        keywordRank(a.error.keyword) - keywordRank(b.error.keyword),
    );
  const chosen = ranked[0] ?? { error: errors[0]!, path: toPath(errors[0]!.instancePath, data) };
  return { path: chosen.path, ...phrase(chosen.error, rootSchema) };
}

function isUnknownKey(error: ErrorObject): boolean {
  return error.keyword === "additionalProperties" || error.keyword === "propertyNames";
}

function keywordRank(keyword: string): number {
  switch (keyword) {
    case "type":
    case "const":
    case "enum":
      return 0;
    case "required":
    case "dependencies":
      return 1;
    case "oneOf":
    case "anyOf":
      return 3;
    default:
      return 2;
  }
}

/**
 * Keeps the errors worth reporting. Inside a oneOf/anyOf, a branch's own errors are kept only when
 * that branch is clearly the one meant (the only one whose type fits the value); otherwise the
 * oneOf/anyOf error itself speaks. Where a value has the wrong type, nothing else about it matters.
 */
function relevantErrors(errors: readonly ErrorObject[], rootSchema: SchemaNode): ErrorObject[] {
  let kept = errors.filter((error) => !(error.propertyName !== undefined && error.keyword !== "propertyNames"));
  const composites = kept.filter((error) => error.keyword === "oneOf" || error.keyword === "anyOf");
  for (const composite of composites) {
    const prefix = `${composite.schemaPath}/`;
    const branches = (composite.schema as SchemaNode[]).map((branch) => resolve(branch, rootSchema));
    const fitting = branches.flatMap((branch, index) => (branch.type !== undefined && typeFits(branch.type, composite.data) ? [index] : []));
    const useBranch = fitting.length === 1 && kept.some((error) => error.schemaPath.startsWith(`${prefix}${fitting[0]}/`));
    kept = kept.filter((error) => {
      if (error === composite) return !useBranch;
      if (!error.schemaPath.startsWith(prefix)) return true;
      return useBranch && error.schemaPath.startsWith(`${prefix}${fitting[0]}/`);
    });
  }
  const wrongType = new Set(kept.filter((error) => error.keyword === "type").map((error) => error.instancePath));
  return kept.filter((error) => error.keyword === "type" || !wrongType.has(error.instancePath));
}

function phrase(error: ErrorObject, rootSchema: SchemaNode): { problem: string; expected: string } {
  const params = error.params as Record<string, unknown>;
  const parent = resolve(error.parentSchema ?? {}, rootSchema);
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((parent.properties as Record<string, unknown> | undefined) ?? {});
      const expected = `one of: ${allowed.join(", ")}`;
      const suggestion = closestName(key, allowed);
      return {
        problem: suggestion ? `unknown key "${key}"; did you mean "${suggestion}"?` : `unknown key "${key}"; expected ${expected}`,
        expected,
      };
    }
    case "propertyNames": {
      const expected = "a name of letters, digits, _ . or -, starting with a letter or _";
      return { problem: `invalid name "${String(params.propertyName)}"; expected ${expected}`, expected };
    }
    case "required": {
      const key = String(params.missingProperty);
      return { problem: `missing required key "${key}"`, expected: `a "${key}" key` };
    }
    case "dependencies": {
      const expected = `a "${String(params.missingProperty)}" key`;
      return { problem: `key "${String(params.property)}" requires key "${String(params.missingProperty)}"`, expected };
    }
    case "oneOf":
    case "anyOf": {
      const keys = requiredOnlyKeys(error.schema as SchemaNode[]);
      if (keys === undefined) return expecting(describe(parent, rootSchema));
      if (error.keyword === "anyOf") return expecting(`at least one of the keys ${orList(keys.map(quote))}`);
      const present = keys.filter((key) => isObject(error.data) && key in error.data);
      const expected = `exactly one of the keys ${orList(keys.map(quote))}`;
      if (present.length > 1) return { problem: `expected only one of the keys ${orList(keys.map(quote))}, found ${andList(present.map(quote))}`, expected };
      return expecting(expected);
    }
    case "uniqueItems": {
      const items = Array.isArray(error.data) ? error.data : [];
      const repeated = items[Number(params.j)];
      return { problem: `duplicate entry ${JSON.stringify(repeated)}; expected each entry once`, expected: "each entry once" };
    }
    case "minLength":
      return expecting("a non-empty string");
    case "pattern":
      return expecting(`a string matching ${String(params.pattern)}`);
    case "type":
    case "const":
    case "enum":
    case "minItems":
    case "minimum":
      return expecting(describe(parent, rootSchema));
    default:
      return expecting(error.message ?? "a valid value");
  }
}

function expecting(expected: string): { problem: string; expected: string } {
  return { problem: `expected ${expected}`, expected };
}

/** What a schema accepts, in words: "an array of strings", "false or an object". */
export function describe(schema: SchemaNode, rootSchema: SchemaNode, plural = false): string {
  const node = resolve(schema, rootSchema);
  const alternatives = (node.oneOf ?? node.anyOf) as SchemaNode[] | undefined;
  if (alternatives && node.type === undefined) {
    return orList(alternatives.map((branch) => describe(branch, rootSchema, plural)));
  }
  if ("const" in node) return JSON.stringify(node.const);
  if (Array.isArray(node.enum)) return `one of ${orList(node.enum.map((value: unknown) => JSON.stringify(value)))}`;
  const noun = (singular: string, article: string, many: string) => (plural ? many : `${article} ${singular}`);
  switch (node.type) {
    case "string":
      return noun("string", "a", "strings");
    case "boolean":
      return plural ? "booleans" : "true or false";
    case "integer":
      return node.minimum === 0 ? noun("non-negative integer", "a", "non-negative integers") : noun("integer", "an", "integers");
    case "number":
      return noun("number", "a", "numbers");
    case "object":
      return noun("object", "an", "objects");
    case "array": {
      const items = node.items ? describe(node.items as SchemaNode, rootSchema, true) : "values";
      if (plural) return "arrays";
      return node.minItems ? `a non-empty array of ${items}` : `an array of ${items}`;
    }
    default:
      return "a valid value";
  }
}

function resolve(schema: SchemaNode, rootSchema: SchemaNode): SchemaNode {
  let node = schema;
  for (let depth = 0; typeof node.$ref === "string" && depth < 10; depth++) {
    const pointer = node.$ref.replace(/^#\/?/, "");
    let target: unknown = rootSchema;
    for (const part of pointer.split("/").filter(Boolean)) target = (target as Record<string, unknown>)[unescapePointer(part)];
    node = (target ?? {}) as SchemaNode;
  }
  return node;
}

function requiredOnlyKeys(branches: SchemaNode[]): string[] | undefined {
  const keys: string[] = [];
  for (const branch of branches) {
    const names = Object.keys(branch);
    if (names.length !== 1 || !Array.isArray(branch.required) || branch.required.length !== 1) return undefined;
    keys.push(String(branch.required[0]));
  }
  return keys;
}

function typeFits(type: unknown, value: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  const actual = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  return types.some((t) => t === actual || (t === "integer" && Number.isInteger(value)));
}

/** `/sources/2/label` → `["sources", 2, "label"]`, numbers only where the value is an array. */
function toPath(instancePath: string, data: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  let current = data;
  for (const raw of instancePath.split("/").slice(1)) {
    const part = unescapePointer(raw);
    if (Array.isArray(current)) {
      path.push(Number(part));
      current = current[Number(part)];
    } else {
      path.push(part);
      current = isObject(current) ? current[part] : undefined;
    }
  }
  return path;
}

function unescapePointer(part: string): string {
  return part.replace(/~1/g, "/").replace(/~0/g, "~");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function quote(key: string): string {
  return `"${key}"`;
}

function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

function andList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
