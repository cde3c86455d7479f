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
 * - `fns`: the functions (of the scanned code) the value may be, so a call of it runs them: a
 *   handler kept in a variable, an array, an object's field or a Map is still that handler.
 *   Undefined for the common value that is no function; never data (collapse drops it).
 */

import type { FunctionLike } from "./context.js";

export const ANY_FIELD = "*";
/** The keys of an object or Map that are not known statically (`byFaith[p.religion] = n`). */
export const KEYS_FIELD = "#keys";
/** What a promise rejects with (an async function's throw), apart from what it resolves to. */
export const REJECTED_FIELD = "#rejected";

/** The arguments `fn.bind(thisArg, …args)` fixed, by position, on the function value it returns. */
export const BOUND_FIELD = "#bound";

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

/**
 * The node where a value was written out as text (`JSON.stringify(patient)`, see
 * FunctionWalker.serializedText): a sink or a callee given the text whole takes it; a field read
 * of the parsed value does not.
 */
export const TEXT_FIELD = "#text";

/** Marks a value made by `new C(…)` at one allocation site: `#new:<file:line:column>` (see instances.ts). */
export const ALLOCATION_PREFIX = "#new:";

/** Fields the analyzer keeps for itself (`#keys`, `#rejected`, `#bound`, `#text`, `#new:…`): not elements of the value. */
export function isInternalField(name: string): boolean {
  return name.startsWith("#") && (name === KEYS_FIELD || name === REJECTED_FIELD || name === BOUND_FIELD || name === TEXT_FIELD || name.startsWith(ALLOCATION_PREFIX));
}

/** The arguments bound to a function value (`fn.bind(null, a)`), which come before those of a call. */
export function boundArguments(value: Value): Value[] {
  const bound = value.fields.get(BOUND_FIELD);
  if (!bound) return [];
  const result: Value[] = [];
  for (let i = 0; bound.fields.has(String(i)); i++) result.push(bound.fields.get(String(i))!);
  return result;
}

/** The value without one of its fields. */
export function withoutField(value: Value, name: string): Value {
  if (!value.fields.has(name)) return value;
  const fields = new Map(value.fields);
  fields.delete(name);
  return value.withFields(fields);
}
/** Access paths longer than this collapse to their prefix, so deep structures terminate. */
/** Functions one value keeps apart; more are dropped (a handler list rarely holds more at one site). */
export const MAX_FUNCTIONS = 8;

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
  readonly fns?: readonly FunctionLike[];
  /** Cached answer of `holdsFunctions` (undefined until asked). */
  private holds?: boolean;

  constructor(
    steps: Iterable<string> = [],
    origins: Iterable<string> = [],
    fields: ReadonlyMap<string, Value> = EMPTY_FIELDS as ReadonlyMap<string, Value>,
    input?: SymbolicInput,
    fns?: readonly FunctionLike[],
    /** The step and origin sets belong to another Value (never changed once made): shared, not copied. */
    shared = false,
  ) {
    this.steps = shared ? (steps as ReadonlySet<string>) : new Set(steps);
    this.origins = shared ? (origins as ReadonlySet<string>) : new Set(origins);
    this.fields = fields;
    this.input = input;
    if (fns && fns.length > 0) this.fns = fns;
  }

  /** A function value: the function itself, carrying no data. */
  static ofFunctions(fns: readonly FunctionLike[]): Value {
    return fns.length === 0 ? Value.empty : new Value([], [], undefined, undefined, fns.slice(0, MAX_FUNCTIONS));
  }

  /** Whether the value or any of its fields may be a function (decides whether heap writes record functions). */
  get holdsFunctions(): boolean {
    if (this.holds === undefined) {
      let holds = this.fns !== undefined;
      for (const child of this.fields.values()) if (!holds && child.holdsFunctions) holds = true;
      this.holds = holds;
    }
    return this.holds;
  }

  static readonly empty = new Value();

  static of(step: string, origins: Iterable<string> = []): Value {
    return new Value([step], origins);
  }

  /** True when nothing at all flows into the value (the common case: skip work). */
  get isEmpty(): boolean {
    if (this.steps.size || this.origins.size || this.input || this.fns) return false;
    for (const child of this.fields.values()) if (!child.isEmpty) return false;
    return true;
  }

  withFields(fields: ReadonlyMap<string, Value>): Value {
    return new Value(this.steps, this.origins, fields, this.input, this.fns, true);
  }

  withField(name: string, value: Value): Value {
    const fields = new Map(this.fields);
    fields.set(name, value);
    return this.withFields(fields);
  }

  /** The same value with its whole-value steps replaced (fields and input kept). */
  withSteps(steps: Iterable<string>): Value {
    return new Value(new Set(steps), this.origins, this.fields, this.input, this.fns, true);
  }
}

/** The functions of both lists, each once, at most MAX_FUNCTIONS. */
export function unionFunctions(a: readonly FunctionLike[] | undefined, b: readonly FunctionLike[] | undefined): readonly FunctionLike[] | undefined {
  if (!b || a === b) return a;
  if (!a) return b;
  const all = [...a];
  for (const fn of b) if (!all.includes(fn) && all.length < MAX_FUNCTIONS) all.push(fn);
  return all.length === a.length ? a : all;
}

/** Only the functions a value holds, field by field (what a heap location keeps of it); undefined when none. */
export function functionsOnly(value: Value, depth = 0): Value | undefined {
  if (!value.holdsFunctions || depth > MAX_PATH) return undefined;
  let fields: Map<string, Value> | undefined;
  for (const [name, child] of value.fields) {
    const kept = functionsOnly(child, depth + 1);
    if (kept) (fields ??= new Map()).set(name, kept);
  }
  return new Value([], [], fields, undefined, value.fns);
}

/** Every function a value holds anywhere in it. */
export function allFunctions(value: Value, depth = 0, into: FunctionLike[] = []): FunctionLike[] {
  if (!value.holdsFunctions) return into;
  for (const fn of value.fns ?? []) if (!into.includes(fn) && into.length < MAX_FUNCTIONS) into.push(fn);
  if (depth <= MAX_PATH) for (const child of value.fields.values()) allFunctions(child, depth + 1, into);
  return into;
}


/**
 * Whether two values hold the same steps, origins, input and functions, field by field down to
 * MAX_PATH: what decides whether a summary, a loop's variables or a heap location changed.
 */
export function sameValue(a: Value, b: Value, depth = 0): boolean {
  if (a === b) return true;
  if (!sameSet(a.steps, b.steps) || !sameSet(a.origins, b.origins) || a.input?.node !== b.input?.node) return false;
  const fns = a.fns ?? [];
  const others = b.fns ?? [];
  if (fns.length !== others.length || fns.some((fn, i) => fn !== others[i])) return false;
  return depth > MAX_PATH || sameEntries(a.fields, b.fields, (x, y) => sameValue(x, y, depth + 1));
}

export function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}

/** Whether two maps have the same keys, with values the same by `same`. */
export function sameEntries<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>, same: (x: V, y: V) => boolean): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [key, value] of a) {
    const other = b.get(key);
    if (other === undefined || !same(value, other)) return false;
  }
  return true;
}

/** Union of two values, field by field (the join at the end of branches). */
export function join(a: Value, b: Value): Value {
  // An empty value with fields still says which fields an object has (an instance built with
  // clean data knows its `value` is clean; see instantiate), so only a shapeless one is dropped.
  if (a === b || (b.fields.size === 0 && b.isEmpty)) return a;
  if (a.fields.size === 0 && a.isEmpty) return b;
  let fields = a.fields;
  if (b.fields.size > 0) {
    let merged: Map<string, Value> | undefined;
    for (const [name, child] of b.fields) {
      const mine = a.fields.get(name);
      const joined = mine ? join(mine, child) : child;
      if (joined !== mine) (merged ??= new Map(a.fields)).set(name, joined);
    }
    if (merged) fields = merged;
  }
  // Two different symbolic inputs cannot both be the lazy input: keep one, fold the other in.
  let input = a.input;
  let origins = union(a.origins, b.origins);
  let steps = union(a.steps, b.steps);
  if (b.input && (!input || input.node !== b.input.node)) {
    if (!input) input = b.input;
    else {
      origins = union(origins, new Set([b.input.node]));
      steps = union(steps, new Set([b.input.node]));
    }
  }
  const fns = unionFunctions(a.fns, b.fns);
  // Joining what `a` already holds gives `a` itself (most joins at the end of branches and loops).
  if (fields === a.fields && steps === a.steps && origins === a.origins && input === a.input && fns === a.fns) return a;
  return new Value(steps, origins, fields, input, fns, true);
}

/** The union of two sets neither of which is changed: one of them when it holds the other. */
function union(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> {
  if (a === b || b.size === 0) return a;
  if (a.size === 0) return b;
  let result: Set<string> | undefined;
  for (const item of b) if (!a.has(item)) (result ??= new Set(a)).add(item);
  return result ?? a;
}

export function joinAll(values: Iterable<Value>): Value {
  let result = Value.empty;
  for (const value of values) result = join(result, value);
  return result;
}

/** Everything that flows into the value as a whole: its steps and all its fields' steps. */
export function collapse(value: Value): Value {
  if (value.fields.size === 0 && !value.input && !value.fns) return value;
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
