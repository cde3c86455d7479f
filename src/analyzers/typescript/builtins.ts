import { ts } from "ts-morph";
import type { Arguments } from "./calls.js";
import { applyFunction, sanitizedReference, walkCallbacks } from "./calls.js";
import { type CallSite, functionsOf } from "./call-site.js";
import { nodeAt, parametersOf } from "./context.js";
import { asArray, entryOf, iterate } from "./iteration.js";
import { skipOuter } from "./origins.js";
import type { FunctionWalker } from "./walker.js";
import { ANY_FIELD, BOUND_FIELD, boundArguments, CALL_RESULT, collapse, isInternalField, join, joinAll, KEYS_FIELD, REJECTED_FIELD, TEXT_FIELD, Value, withoutField } from "./value.js";

/**
 * Models of the standard library, element by element: `list.map(f)` carries what `f` returns,
 * `JSON.stringify(x)` carries all of `x`, `list.push(x)` writes `x` into the list's elements.
 * Only calls that resolve to no function in the scanned code reach these models.
 */

interface Call {
  w: FunctionWalker;
  site: CallSite;
  receiver: Value;
  args: Arguments;
  arg(i: number): Value;
  /** Walks the callback at `index` (if any) with `params`; returns what it returns. */
  callback(index: number, params: Value[]): Value;
  /** Writes into the receiver's l-value (push, set, assign), weakly. */
  writeReceiver(value: Value): void;
}

type Model = (call: Call) => Value;

export type { Call as BuiltinCall };

const element = (c: Call) => c.w.readField(c.receiver, ANY_FIELD, c.site.node);
/** The keys a Map or object holds; of a symbolic input, its keys as the caller's value will have them. */
const keysOf = (c: Call, v: Value) =>
  v.fields.get(KEYS_FIELD) ?? (v.input ? c.w.readField(new Value([], [], undefined, v.input), KEYS_FIELD, c.site.node) : Value.empty);
const valuesOf = (v: Value) => [...v.fields].filter(([k]) => !isInternalField(k)).map(([, f]) => f);
const settled = (v: Value) => withoutField(v, REJECTED_FIELD);
const rejection = (v: Value) => v.fields.get(REJECTED_FIELD) ?? Value.empty;
const rejectedWith = (v: Value, reason: Value) => (reason.isEmpty ? v : v.withField(REJECTED_FIELD, join(rejection(v), reason)));
export const whole = (...values: Value[]) => collapse(joinAll(values));
export const list = (elements: Value) => Value.empty.withFields(new Map([[ANY_FIELD, elements]]));
const all = (c: Call) => whole(c.receiver, ...c.args.values);
export const none: Model = (c: Call) => {
  for (const index of c.args.callbacks.keys()) c.callback(index, [element(c), keysOf(c, c.receiver), c.receiver]);
  return Value.empty;
};
const same: Model = (c) => c.receiver;
/** With `implicitFlows`: a predicate's answer is the outcome of testing what it looks at (see control.ts); without, nothing. */
const test = (c: Call, ...looked: Value[]): Value => (c.w.implicit ? c.w.tested(joinAll(looked), c.site.node) : Value.empty);
export const tests: Model = (c) => test(c, c.receiver, ...c.args.values);
const looksUp: Model = (c) => (none(c), tests(c));
/**
 * A predicate callback (`some`, `filter`, `find` …), walked as `none` walks it. With
 * `implicitFlows`, the outcome of its answers (a predicate passed by name runs too).
 */
const answers = (c: Call): Value => {
  if (!c.w.implicit) return none(c);
  const params = [element(c), keysOf(c, c.receiver), c.receiver];
  let answer = Value.empty;
  for (const index of c.args.callbacks.keys()) answer = join(answer, c.callback(index, params));
  if (!c.args.callbacks.has(0) && c.args.expressions[0]) answer = join(answer, c.callback(0, params));
  return test(c, answer);
};
/** What a selection by a predicate returns (`filter`, `find`): with `implicitFlows`, the predicate's outcome too. */
const selected = (c: Call, chosen: Value): Value => {
  const answer = answers(c);
  return answer.isEmpty ? chosen : join(chosen, answer);
};

/** Instance methods, by name; used when the receiver is not a function of the scanned code. */
const instanceMethods: Record<string, Model> = {
  // Arrays: the result's elements are what the callback returns / the receiver's elements.
  map: (c) => list(c.callback(0, [element(c), Value.empty, c.receiver])),
  flatMap: (c) => list(c.w.readField(c.callback(0, [element(c), Value.empty, c.receiver]), ANY_FIELD, c.site.node)),
  forEach: none,
  filter: (c: Call) => selected(c, c.receiver),
  find: (c) => selected(c, element(c)),
  findLast: (c) => selected(c, element(c)),
  some: answers,
  every: answers,
  findIndex: answers,
  findLastIndex: answers,
  includes: looksUp,
  indexOf: looksUp,
  lastIndexOf: looksUp,
  sort: (c) => (none(c), c.receiver),
  toSorted: (c) => (none(c), c.receiver),
  reverse: same,
  toReversed: same,
  slice: same,
  // splice(start, deleteCount, …items): the removed elements; the items land at some position.
  splice: (c) => (insert(c, c.args.values.slice(2)), list(element(c))),
  flat: (c) => list(c.w.readField(element(c), ANY_FIELD, c.site.node)),
  at: element,
  pop: element,
  shift: element,
  entries: (c) => list(entryOf(c.w, c.receiver, c.site.node)),
  values: (c) => list(element(c)),
  keys: (c) => list(keysOf(c, c.receiver)),
  reduce: (c) => reduce(c),
  reduceRight: (c) => reduce(c),
  push: (c) => (c.writeReceiver(list(joinAll(c.args.values))), Value.empty),
  unshift: (c) => (insert(c, c.args.values), Value.empty),
  concat: (c) => join(c.receiver, joinAll(c.args.values)),
  join: (c) => all(c),
  // Strings: the result carries the receiver (and what is inserted into it).
  trim: same,
  trimStart: same,
  trimEnd: same,
  toLowerCase: same,
  toUpperCase: same,
  toLocaleLowerCase: same,
  toLocaleUpperCase: same,
  normalize: same,
  padStart: all,
  padEnd: all,
  repeat: same,
  substring: same,
  substr: same,
  charAt: same,
  toString: (c: Call) => collapse(c.receiver),
  toJSON: (c) => collapse(c.receiver),
  toFixed: (c) => collapse(c.receiver),
  toISOString: (c) => collapse(c.receiver),
  valueOf: same,
  split: (c) => list(collapse(c.receiver)),
  replace: (c) => whole(c.receiver, c.arg(1), c.callback(1, [collapse(c.receiver)])),
  replaceAll: (c) => whole(c.receiver, c.arg(1), c.callback(1, [collapse(c.receiver)])),
  match: (c) => list(collapse(c.receiver)),
  matchAll: (c) => list(list(collapse(c.receiver))),
  exec: (c) => list(collapse(c.arg(0))),
  test: tests,
  startsWith: tests,
  endsWith: tests,
  localeCompare: tests,
  // Function.prototype: fn.call(thisArg, …args) / fn.apply(thisArg, args) run fn with them.
  call: (c) => invokeReceiver(c, c.arg(0), c.args.values.slice(1)),
  apply: (c) => invokeReceiver(c, c.arg(0), Array.from({ length: 8 }, (_, i) => c.w.readField(c.arg(1), String(i), c.site.node))),
  // fn.bind(thisArg, …args): the same functions, with those arguments coming first when called.
  bind: (c) => bind(c),
  // Promises are transparent: a promise carries what it resolves to.
  // A rejection reaches the onRejected / catch callback, or passes on.
  then: (c) => {
    const resolved = c.callback(0, [settled(c.receiver)]);
    if (c.args.expressions.length < 2) return rejectedWith(resolved, rejection(c.receiver));
    return join(resolved, c.callback(1, [rejection(c.receiver)]));
  },
  catch: (c) => join(settled(c.receiver), c.callback(0, [rejection(c.receiver)])),
  finally: (c) => (c.callback(0, []), c.receiver),
  // Map / Set / Headers / URLSearchParams / FormData.
  get: (c) => c.w.readField(c.receiver, keyOf(c, 0), c.site.node),
  set: (c) => (c.writeReceiver(withKey(c, Value.empty.withFields(new Map([[keyOf(c, 0), c.arg(1)]])))), c.receiver),
  append: (c) => (c.writeReceiver(Value.empty.withFields(new Map([[keyOf(c, 0), c.arg(1)]]))), Value.empty),
  add: (c) => (c.writeReceiver(list(c.arg(0))), c.receiver),
  has: tests,
  delete: () => Value.empty,
  clear: () => Value.empty,
};

/** Static functions of globals, by `Global.name`. */
const staticFunctions: Record<string, Model> = {
  // The JSON text keeps track of which of its parts came from which field, so that
  // JSON.parse(JSON.stringify(x)) (a deep copy) is x again, field by field; a sink takes it whole.
  "JSON.stringify": (c) => {
    const text = c.w.serializedText(c.arg(0), c.site.node, "JSON.stringify");
    return text.isEmpty ? c.arg(0) : c.arg(0).withField(TEXT_FIELD, text);
  },
  "JSON.parse": (c) => c.arg(0),
  "Object.assign": (c) => {
    // Each source's own properties are written in order: an object literal's replace the target's.
    const merged = c.args.values.slice(1).reduce((acc, v, i) => (definesItsFields(c.args.expressions[i + 1]) ? overwriteFields(acc, v) : mergeFields(acc, v)), c.arg(0));
    assignTo(c, 0, merged);
    return merged;
  },
  "Object.values": (c) => list(joinAll([...valuesOf(c.arg(0)), Value.empty.withSteps(c.arg(0).steps)])),
  "Object.entries": (c) =>
    list(Value.empty.withFields(new Map([["0", keysOf(c, c.arg(0))], ["1", joinAll([...valuesOf(c.arg(0)), Value.empty.withSteps(c.arg(0).steps)])], [ANY_FIELD, whole(c.arg(0))]]))),
  "Object.keys": (c) => list(keysOf(c, c.arg(0))),
  "Object.fromEntries": (c) => Value.empty.withFields(new Map([[ANY_FIELD, whole(c.arg(0))]])),
  "Object.freeze": (c) => c.arg(0),
  "Array.from": (c) => (c.args.callbacks.has(1) ? list(c.callback(1, [iterate(c.w, c.arg(0), iterated(c))])) : asArray(c.w, c.arg(0), iterated(c))),
  "Array.of": (c) => list(joinAll(c.args.values)),
  "Array.isArray": tests,
  "Promise.all": (c) => c.arg(0),
  // One outcome per element, in the elements' positions: `{ status, value }` or `{ status, reason }`.
  "Promise.allSettled": (c) => eachElement(c, c.arg(0), (e) => Value.empty.withFields(new Map([["value", settled(e)], ["reason", rejection(e)]]))),
  "Promise.race": (c) => c.w.readField(c.arg(0), ANY_FIELD, c.site.node),
  "Promise.any": (c) => c.w.readField(c.arg(0), ANY_FIELD, c.site.node),
  "Promise.resolve": (c) => c.arg(0),
  "Promise.reject": (c) => rejectedWith(Value.empty, c.arg(0)),
  "Number.isNaN": tests,
  "Number.isFinite": tests,
};

/** The model of an array or string method by name (a utility library's function of the same name, collection first). */
export function instanceMethodModel(name: string): Model | undefined {
  return Object.hasOwn(instanceMethods, name) ? instanceMethods[name] : undefined;
}

/** The model of a global's static function (`Object.assign`), for a utility library's function that does the same. */
export function staticFunctionModel(name: string): Model | undefined {
  return Object.hasOwn(staticFunctions, name) ? staticFunctions[name] : undefined;
}

/** Global functions: conversions carry their argument. */
const globalFunctions: Record<string, Model> = {
  String: (c) => whole(c.arg(0)),
  Number: (c) => whole(c.arg(0)),
  BigInt: (c) => whole(c.arg(0)),
  Boolean: tests,
  parseInt: (c) => whole(c.arg(0)),
  parseFloat: (c) => whole(c.arg(0)),
  encodeURIComponent: (c) => whole(c.arg(0)),
  encodeURI: (c) => whole(c.arg(0)),
  decodeURIComponent: (c) => whole(c.arg(0)),
  decodeURI: (c) => whole(c.arg(0)),
  btoa: (c) => whole(c.arg(0)),
  atob: (c) => whole(c.arg(0)),
  escape: (c) => whole(c.arg(0)),
  structuredClone: (c) => c.arg(0),
  isNaN: tests,
  setTimeout: (c) => (c.callback(0, []), Value.empty),
  setInterval: (c) => (c.callback(0, []), Value.empty),
  queueMicrotask: (c) => (c.callback(0, []), Value.empty),
};

const GLOBAL_OBJECTS = new Set(["JSON", "Object", "Array", "Promise", "Number", "Math", "Reflect", "Date", "Buffer", "String"]);

export function applyBuiltin(w: FunctionWalker, site: CallSite, receiver: Value | undefined, args: Arguments): Value | undefined {
  const call = makeCall(w, site, receiver ?? Value.empty, args);
  if (site.receiver) {
    const root = site.rootIdentifier;
    const receiverText = ts.isIdentifier(site.receiver) ? site.receiver.text : undefined;
    if (receiverText && GLOBAL_OBJECTS.has(receiverText) && root && site.isGlobalRoot) {
      const model = staticFunctions[`${receiverText}.${site.name}`];
      if (model) return model(call);
      // Math.round(x), Buffer.from(x), Date.parse(x): a value computed from the arguments.
      return materialize(w, site, whole(...args.values, walkCallbacks(w, site, args, [])));
    }
    const model = Object.hasOwn(instanceMethods, site.name) ? instanceMethods[site.name] : undefined;
    if (model && !declaredInScannedCode(site)) return model(call);
    return undefined;
  }
  if ((site.isNew && ERROR_TYPES.has(site.name) && site.isGlobalRoot) || (site.isSuperCall && extendsGlobalError(w, site))) return errorValue(call);
  if (site.isNew) {
    // new Map(entries), new Set(items), new URLSearchParams(obj), new Promise(executor) …
    const name = ts.isIdentifier(site.callee) ? site.callee.text : "";
    if (name === "Promise" && args.callbacks.has(0)) return promiseExecutor(call);
    if (name === "Map") return args.values[0] ? mapOfEntries(call, iterate(w, args.values[0], args.expressions[0])) : Value.empty;
    if (name === "Set") return args.values[0] ? list(iterate(w, args.values[0], args.expressions[0])) : Value.empty;
    if (name === "URLSearchParams" || name === "Headers") {
      return args.values[0] ? Value.empty.withFields(new Map([[ANY_FIELD, whole(args.values[0])]])) : Value.empty;
    }
    return undefined;
  }
  const model = Object.hasOwn(globalFunctions, site.name) ? globalFunctions[site.name] : undefined;
  return model && site.isGlobalRoot ? model(call) : undefined;
}

const ERROR_TYPES = new Set(["Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError"]);

/**
 * `new Error(message, { cause })` (or `super(message, options)` in a subclass): the message (and
 * the stack that repeats it) from the first argument, the cause from the options' `cause`, so a
 * wrapper's clean message stays clean while its cause keeps the wrapped error's labels.
 */
function errorValue(c: Call): Value {
  const message = whole(c.arg(0));
  const cause = c.w.readField(c.arg(1), "cause", c.site.node);
  const fields = new Map([["message", message], ["stack", message]]);
  if (!cause.isEmpty) fields.set("cause", cause);
  return Value.empty.withFields(fields);
}

/** `super(...)` in a class whose base is a global error type (`class ImportError extends Error`). */
function extendsGlobalError(w: FunctionWalker, site: CallSite): boolean {
  const base = site.superExpression;
  if (!base || !ts.isIdentifier(base) || !ERROR_TYPES.has(base.text)) return false;
  const symbol = w.ctx.checker.getSymbolAtLocation(base);
  return !symbol || (symbol.declarations ?? []).every((d) => d.getSourceFile().isDeclarationFile);
}

export function makeCall(w: FunctionWalker, site: CallSite, receiver: Value, args: Arguments): Call {
  return {
    w,
    site,
    receiver,
    args,
    arg: (i) => args.values[i] ?? Value.empty,
    callback: (index, params) => {
      const fn = args.callbacks.get(index);
      if (fn) return applyFunction(w, site, fn, params);
      // A function passed by name (`list.map(normalize)`): its summary, applied here.
      const expression = args.expressions[index];
      const sanitized = expression ? sanitizedReference(w, site, expression, params) : undefined;
      if (sanitized) return sanitized;
      const targets = expression ? functionsOf(w.ctx, expression) : [];
      if (targets.length > 0) return joinAll(targets.map((target) => applyFunction(w, site, target, params)));
      const value = args.values[index];
      // A value holding functions (a handler read from a list, a bound function).
      if (value?.fns) return joinAll(value.fns.map((target) => applyFunction(w, site, target, [...boundArguments(value), ...params])));
      // A callback this function was given itself: its summary says it calls it with `params`.
      if (value?.input && value.input.path.length === 0 && value.input.base !== "this") {
        w.recordCall(value.input, params);
        return w.inputValue(value.input.base, [CALL_RESULT], site.node);
      }
      // Anything else: the elements it is given flow to its result as unknown code would.
      return value && !value.isEmpty ? whole(value, ...params) : Value.empty;
    },
    writeReceiver: (value) => {
      if (site.receiver) w.assign(site.receiver, mergeFields(receiver, value), false);
    },
  };
}

/** `fn.call(…)`: the functions the receiver names, applied; otherwise unknown code. */
function invokeReceiver(c: Call, thisArg: Value, params: Value[]): Value {
  if (c.receiver.fns) {
    const all = [...boundArguments(c.receiver), ...params];
    return joinAll(c.receiver.fns.map((target) => applyFunction(c.w, c.site, target, all, thisArg)));
  }
  const targets = c.site.receiver ? functionsOf(c.w.ctx, c.site.receiver) : [];
  if (targets.length === 0) return whole(c.receiver, ...c.args.values, walkCallbacks(c.w, c.site, c.args, []));
  return joinAll(targets.map((target) => applyFunction(c.w, c.site, target, params, thisArg)));
}

/** `fn.bind(thisArg, …args)`: a function value with the arguments after `thisArg` bound (see boundArguments). */
function bind(c: Call): Value {
  const fns = c.receiver.fns ?? (c.site.receiver ? functionsOf(c.w.ctx, c.site.receiver) : []);
  if (fns.length === 0) return materialize(c.w, c.site, whole(c.receiver, ...c.args.values));
  const bound = [...boundArguments(c.receiver), ...c.args.values.slice(1)];
  const value = Value.ofFunctions(fns);
  return bound.length === 0 ? value : value.withField(BOUND_FIELD, Value.empty.withFields(new Map(bound.map((v, i) => [String(i), v]))));
}

function reduce(c: Call): Value {
  let accumulator = c.arg(1);
  for (let i = 0; i < 2; i++) accumulator = join(accumulator, c.callback(0, [accumulator, element(c), Value.empty, c.receiver]));
  return accumulator;
}

function promiseExecutor(c: Call): Value {
  // new Promise((resolve, reject) => …): what is passed to `resolve` is what the promise holds,
  // what is passed to `reject` what it rejects with. The executor runs in place, with its calls
  // of `resolve` / `reject` observed where they happen (with the executor's own locals).
  const fn = c.args.callbacks.get(0)!;
  const [resolveParam, rejectParam] = parametersOf(fn);
  const spy = (parameter: ts.ParameterDeclaration | undefined): ts.Symbol | undefined => {
    const symbol = parameter && ts.isIdentifier(parameter.name) ? c.w.ctx.checker.getSymbolAtLocation(parameter.name) : undefined;
    if (symbol) c.w.spies.set(symbol, Value.empty);
    return symbol;
  };
  const resolveSymbol = spy(resolveParam);
  const rejectSymbol = spy(rejectParam);
  try {
    c.w.inlineCallback(fn, []);
    const resolved = resolveSymbol ? (c.w.spies.get(resolveSymbol) ?? Value.empty) : Value.empty;
    const rejected = rejectSymbol ? (c.w.spies.get(rejectSymbol) ?? Value.empty) : Value.empty;
    return rejectedWith(resolved, rejected);
  } finally {
    if (resolveSymbol) c.w.spies.delete(resolveSymbol);
    if (rejectSymbol) c.w.spies.delete(rejectSymbol);
  }
}

/** The expression a call iterates (its first argument), for its type. */
const iterated = (c: Call): ts.Node => c.args.expressions[0] ?? c.site.node;

/** `new Map(entries)`: each entry's value under an unknown key, its key among the Map's keys. */
function mapOfEntries(c: Call, entry: Value): Value {
  const key = collapse(c.w.readField(entry, "0", c.site.node));
  const value = c.w.readField(entry, "1", c.site.node);
  const fields = new Map([[ANY_FIELD, value]]);
  if (!key.isEmpty) fields.set(KEYS_FIELD, key);
  return Value.empty.withFields(fields);
}

/**
 * Items inserted into an array (unshift, splice) move the elements after them: every position
 * may now hold them, so each known position gains them as the unknown ones do.
 */
function insert(c: Call, items: Value[]): void {
  if (items.length === 0) return;
  const inserted = joinAll(items);
  const fields = new Map<string, Value>([[ANY_FIELD, inserted]]);
  for (const name of c.receiver.fields.keys()) if (!isInternalField(name)) fields.set(name, inserted);
  c.writeReceiver(Value.empty.withFields(fields));
}

/** `f` applied to each element of an array, position by position where positions are known. */
function eachElement(c: Call, array: Value, f: (element: Value) => Value): Value {
  const fields = new Map<string, Value>();
  for (const name of array.fields.keys()) if (!isInternalField(name) && name !== ANY_FIELD) fields.set(name, f(c.w.readField(array, name, c.site.node)));
  fields.set(ANY_FIELD, f(c.w.readField(array, ANY_FIELD, c.site.node)));
  return Value.empty.withFields(fields);
}

/** A Map key that is not a literal is data in the map. */
function withKey(c: Call, value: Value): Value {
  const expression = c.args.expressions[0];
  if (!expression || c.w.keyOf(expression) !== undefined) return value;
  const key = collapse(c.arg(0));
  return key.isEmpty ? value : value.withField(KEYS_FIELD, key);
}

function keyOf(c: Call, index: number): string {
  const expression = c.args.expressions[index];
  return (expression && c.w.keyOf(expression)) ?? ANY_FIELD;
}

function mergeFields(target: Value, source: Value): Value {
  let result = new Value([...target.steps, ...source.steps], [...target.origins, ...source.origins], target.fields, target.input ?? source.input);
  for (const [name, child] of source.fields) result = result.withField(name, join(result.fields.get(name) ?? Value.empty, child));
  return result;
}

/** `target` with the fields `source` surely has replaced by them (its unknown keys and whole value join). */
function overwriteFields(target: Value, source: Value): Value {
  const known = new Map([...source.fields].filter(([name]) => name !== ANY_FIELD && !isInternalField(name)));
  const rest = new Value(source.steps, source.origins, new Map([...source.fields].filter(([name]) => !known.has(name))), source.input);
  const merged = mergeFields(target, rest);
  return known.size === 0 ? merged : merged.withFields(new Map([...merged.fields, ...known]));
}

/** An object literal without spreads defines every field it names, so writing it replaces them. */
function definesItsFields(expression: ts.Expression | undefined): boolean {
  const inner = expression && skipOuter(expression);
  return inner !== undefined && ts.isObjectLiteralExpression(inner) && !inner.properties.some(ts.isSpreadAssignment);
}

/**
 * Writes the merged value back into the target. A local variable is replaced (the merge started
 * from its current value, so only the fields a source defines change); anything else only gains.
 */
function assignTo(c: Call, index: number, value: Value): void {
  const expression = c.args.expressions[index];
  if (expression && !ts.isObjectLiteralExpression(expression)) c.w.assign(expression, value, ts.isIdentifier(skipOuter(expression)));
}

function materialize(w: FunctionWalker, site: CallSite, value: Value): Value {
  if (value.isEmpty) return value;
  const key = nodeAt(w.ctx, "ts-call", site.node, "", () => ({ note: `result of ${site.text}()`, scope: w.scope }));
  w.linkInto(value, key);
  return new Value([key], value.origins);
}

/** A method of a class or object in the scanned code shadows the library model of the same name. */
function declaredInScannedCode(site: CallSite): boolean {
  const declaration = site.declaration;
  return declaration !== undefined && !declaration.getSourceFile().isDeclarationFile;
}
