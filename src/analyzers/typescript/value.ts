/**
 * The abstract value the TypeScript analyzer tracks for every expression: which graph nodes the
 * value (and each of its fields) comes from.
 *
 * - `steps`: graph nodes whose whole value flows into this value; a field read inherits them
 *   (reading any field of a value built by unknown code from labelled input carries the label).
 * - `origins`: the current function's symbolic inputs (parameter access paths, `this` fields) the
 *   value depends on. They are what a function summary is made of: a call site maps them onto its
 *   own arguments, so a helper called with labelled data in one place and clean data in another
 *   only reports the labelled call.
 * - `fields`: per-field values (`{ faith: p.religion, city: p.city }` keeps `.city` clean).
 *   `*` stands for array elements and keys that are not known statically.
 * - `input`: the value is a symbolic input itself, read lazily: reading `.f` of it yields the
 *   input `path.f` rather than the whole input, so a field read does not depend on the whole.
 */

export const ANY_FIELD = "*";
/** The keys of an object or Map that are not known statically (`byFaith[p.religion] = n`). */
export const KEYS_FIELD = "#keys";
/** What a promise rejects with (an async function's throw), apart from what it resolves to. */
export const REJECTED_FIELD = "#rejected";

/**
 * The field named by a parameter of the function (`item[key]` in `pick(item, key)`): unknown
 * inside the function, resolved at each call site from the argument (`pick(p, "heartRate")`).
 */
export function parameterKey(index: number): string {
  return `[param:${index}]`;
}

/** The parameter index a `parameterKey` field stands for, or undefined for any other name. */
export function parameterKeyIndex(name: string): number | undefined {
  const match = /^\[param:(\d+)\]$/.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** Fields the analyzer keeps for itself (`#keys`, `#rejected`): not elements of the value. */
export function isInternalField(name: string): boolean {
  return name.startsWith("#") && (name === KEYS_FIELD || name === REJECTED_FIELD);
}

/** The value without one of its fields. */
export function withoutField(value: Value, name: string): Value {
  if (!value.fields.has(name)) return value;
  const fields = new Map(value.fields);
  fields.delete(name);
  return value.withFields(fields);
}
/** Access paths longer than this collapse to their prefix, so deep structures terminate. */
export const MAX_PATH = 4;

export type InputBase = number | "this" | `cap:${string}`;

/** Path segment standing for "the value returned by calling this (function-valued) input". */
export const CALL_RESULT = "()";

export interface SymbolicInput {
  /** The graph node standing for this input inside its function (a `ts-param` node). */
  node: string;
  /** Which input: a parameter index, `this`, or a captured variable (`cap:<name>@<position>`). */
  base: InputBase;
  path: readonly string[];
}

const EMPTY_FIELDS: ReadonlyMap<string, unknown> = new Map();

export class Value {
  readonly steps: ReadonlySet<string>;
  readonly origins: ReadonlySet<string>;
  readonly fields: ReadonlyMap<string, Value>;
  readonly input?: SymbolicInput;

  constructor(
    steps: Iterable<string> = [],
    origins: Iterable<string> = [],
    fields: ReadonlyMap<string, Value> = EMPTY_FIELDS as ReadonlyMap<string, Value>,
    input?: SymbolicInput,
  ) {
    this.steps = new Set(steps);
    this.origins = new Set(origins);
    this.fields = fields;
    this.input = input;
  }

  static readonly empty = new Value();

  static of(step: string, origins: Iterable<string> = []): Value {
    return new Value([step], origins);
  }

  /** True when nothing at all flows into the value (the common case: skip work). */
  get isEmpty(): boolean {
    if (this.steps.size || this.origins.size || this.input) return false;
    for (const child of this.fields.values()) if (!child.isEmpty) return false;
    return true;
  }

  withFields(fields: ReadonlyMap<string, Value>): Value {
    return new Value(this.steps, this.origins, fields, this.input);
  }

  withField(name: string, value: Value): Value {
    const fields = new Map(this.fields);
    fields.set(name, value);
    return this.withFields(fields);
  }

  /** The same value with its whole-value steps replaced (fields and input kept). */
  withSteps(steps: Iterable<string>): Value {
    return new Value(steps, this.origins, this.fields, this.input);
  }
}


/** Union of two values, field by field (the join at the end of branches). */
export function join(a: Value, b: Value): Value {
  // An empty value with fields still says which fields an object has (an instance built with
  // clean data knows its `value` is clean; see instantiate), so only a shapeless one is dropped.
  if (a === b || (b.fields.size === 0 && b.isEmpty)) return a;
  if (a.fields.size === 0 && a.isEmpty) return b;
  const fields = new Map(a.fields);
  for (const [name, child] of b.fields) {
    const mine = fields.get(name);
    fields.set(name, mine ? join(mine, child) : child);
  }
  // Two different symbolic inputs cannot both be the lazy input: keep one, fold the other in.
  let input = a.input;
  const origins = new Set([...a.origins, ...b.origins]);
  const steps = new Set([...a.steps, ...b.steps]);
  if (b.input && (!input || input.node !== b.input.node)) {
    if (!input) input = b.input;
    else {
      origins.add(b.input.node);
      steps.add(b.input.node);
    }
  }
  return new Value(steps, origins, fields, input);
}

export function joinAll(values: Iterable<Value>): Value {
  let result = Value.empty;
  for (const value of values) result = join(result, value);
  return result;
}

/** Everything that flows into the value as a whole: its steps and all its fields' steps. */
export function collapse(value: Value): Value {
  if (value.fields.size === 0 && !value.input) return value;
  const steps = new Set<string>();
  const origins = new Set<string>();
  const visit = (v: Value, depth: number): void => {
    for (const s of v.steps) steps.add(s);
    for (const o of v.origins) origins.add(o);
    if (v.input) {
      steps.add(v.input.node);
      origins.add(v.input.node);
    }
    if (depth > MAX_PATH + 2) return;
    for (const child of v.fields.values()) visit(child, depth + 1);
  };
  visit(value, 0);
  return new Value(steps, origins);
}

/** Whether any step or origin is present anywhere in the value (cheap non-emptiness test). */
export function carriesData(value: Value): boolean {
  return !value.isEmpty;
}
