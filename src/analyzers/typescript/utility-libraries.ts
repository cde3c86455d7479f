import { ts } from "ts-morph";
import { type BuiltinCall, instanceMethodModel, list, makeCall, none, staticFunctionModel, tests, whole } from "./builtins.js";
import type { Arguments } from "./calls.js";
import type { CallSite } from "./call-site.js";
import { skipOuter } from "./origins.js";
import type { FunctionWalker } from "./walker.js";
import { ANY_FIELD, join, KEYS_FIELD, Value } from "./value.js";

/**
 * Models of lodash and es-toolkit, the utility libraries TypeScript applications import most
 * (`import { orderBy, pick } from "lodash"`, `_.groupBy`, `lodash/debounce`, `es-toolkit/compat`).
 * Found by the import, so they apply without the package installed. Without them, a call such
 * as `pick(user, ["id"])` is unknown code whose result keeps every field of `user`, the e-mail
 * included; with them, `pick` keeps the fields it names, `omit` drops them, `orderBy` keeps the
 * elements apart, and `isEqual` is a test that carries no data.
 *
 * A collection function takes its collection first where an array method has it as receiver:
 * `filter(list, f)` is modelled as `list.filter(f)` (see shifted).
 */

/** The packages whose functions these models describe (lodash/fp takes its arguments in another order). */
const PACKAGES = new Set(["lodash", "lodash-es", "es-toolkit", "es-toolkit/compat", "underscore"]);
/** `lodash/debounce`, `lodash-es/debounce`, `es-toolkit/array`: a function of its own, or a group of them. */
const SUBPATH = /^(?:lodash|lodash-es|es-toolkit)\/(\w+)$/;

type Model = (c: BuiltinCall) => Value | undefined;

/** The collection as a list of its elements. */
const elements = (c: BuiltinCall): Value => c.w.readField(c.receiver, ANY_FIELD, c.site.node);
/** The collection's elements, the callbacks walked with each (`sortBy(list, (m) => m.name)`). */
const keepsElements: Model = (c) => (none(c), list(elements(c)));
const oneElement: Model = (c) => (none(c), elements(c));
/** Several arrays joined (`union(a, b)`): the elements of each. */
const joinsArrays: Model = (c) => list([c.receiver, ...c.args.values].reduce((acc, v) => join(acc, c.w.readField(v, ANY_FIELD, c.site.node)), Value.empty));
/** What the iteratee gives for each element: a callback's result, or a property named by a string (`map(list, "id")`). */
const iteratee = (c: BuiltinCall, index = 0): Value => {
  const shorthand = c.args.expressions[index] && literalText(c.args.expressions[index]);
  if (shorthand !== undefined) return c.w.readField(elements(c), shorthand, c.site.node);
  return c.callback(index, [elements(c), Value.empty, c.receiver]);
};
const asText: Model = (c) => whole(c.receiver);
const returnsCollection: Model = (c) => (none(c), c.receiver);
const returnsFunction: Model = (c) => c.receiver;

const models: Record<string, Model> = {
  // Elements kept (their fields apart), in another order or fewer of them.
  orderBy: keepsElements,
  sortBy: keepsElements,
  uniq: keepsElements,
  uniqBy: keepsElements,
  uniqWith: keepsElements,
  sortedUniq: keepsElements,
  compact: keepsElements,
  take: keepsElements,
  takeRight: keepsElements,
  takeWhile: keepsElements,
  drop: keepsElements,
  dropRight: keepsElements,
  dropWhile: keepsElements,
  initial: keepsElements,
  tail: keepsElements,
  shuffle: keepsElements,
  sampleSize: keepsElements,
  without: keepsElements,
  difference: keepsElements,
  differenceBy: keepsElements,
  differenceWith: keepsElements,
  intersection: keepsElements,
  intersectionBy: keepsElements,
  intersectionWith: keepsElements,
  reject: keepsElements,
  remove: keepsElements,
  union: joinsArrays,
  unionBy: joinsArrays,
  xor: joinsArrays,
  concat: joinsArrays,
  flatten: (c) => list(c.w.readField(elements(c), ANY_FIELD, c.site.node)),
  flattenDeep: (c) => list(whole(elements(c))),
  chunk: (c) => list(list(elements(c))),
  partition: (c) => (none(c), list(list(elements(c)))),
  // One element.
  first: oneElement,
  head: oneElement,
  last: oneElement,
  nth: oneElement,
  sample: oneElement,
  minBy: oneElement,
  maxBy: oneElement,
  min: oneElement,
  max: oneElement,
  // What the iteratee gives.
  map: (c) => list(iteratee(c)),
  flatMap: (c) => list(c.w.readField(iteratee(c), ANY_FIELD, c.site.node)),
  sumBy: (c) => whole(iteratee(c)),
  meanBy: (c) => whole(iteratee(c)),
  sum: (c) => whole(elements(c)),
  mean: (c) => whole(elements(c)),
  times: (c) => list(c.callback(0, [Value.empty])),
  // Grouped: the groups' keys are what the iteratee gives.
  groupBy: (c) => grouped(c, list(elements(c))),
  keyBy: (c) => grouped(c, elements(c)),
  countBy: (c) => grouped(c, Value.empty),
  mapValues: (c) => Value.empty.withFields(new Map([[ANY_FIELD, iteratee(c)]])),
  mapKeys: returnsCollection,
  pickBy: returnsCollection,
  omitBy: returnsCollection,
  forEach: returnsCollection,
  each: returnsCollection,
  forEachRight: returnsCollection,
  forOwn: returnsCollection,
  forIn: returnsCollection,
  // Objects: the fields named, the fields not named, one path.
  pick: (c) => pickFields(c),
  omit: (c) => omitFields(c),
  get: (c) => getPath(c),
  cloneDeep: (c) => c.receiver,
  clone: (c) => c.receiver,
  identity: (c) => c.receiver,
  castArray: (c) => join(c.receiver, list(c.receiver)),
  // Functions wrapped: calling the wrapper runs the function.
  debounce: returnsFunction,
  throttle: returnsFunction,
  memoize: returnsFunction,
  once: returnsFunction,
  // Text derived from its argument.
  capitalize: asText,
  camelCase: asText,
  kebabCase: asText,
  snakeCase: asText,
  startCase: asText,
  lowerCase: asText,
  upperCase: asText,
  upperFirst: asText,
  lowerFirst: asText,
  toLower: asText,
  toUpper: asText,
  trim: asText,
  trimStart: asText,
  trimEnd: asText,
  truncate: asText,
  escape: asText,
  unescape: asText,
  escapeRegExp: asText,
  deburr: asText,
  pad: asText,
  padStart: asText,
  padEnd: asText,
  words: (c) => list(whole(c.receiver)),
  // Answers about data carry none of it (with `implicitFlows`, the outcome of the test).
  has: tests,
  includes: tests,
  some: (c) => (none(c), tests(c)),
  every: (c) => (none(c), tests(c)),
  noop: () => Value.empty,
  uniqueId: () => Value.empty,
  range: () => Value.empty,
};

/** The same as the array method or `Object.*` function of that name, collection first. */
const sameAsArrayMethod = new Set(["filter", "find", "findLast", "findIndex", "findLastIndex", "indexOf", "lastIndexOf", "reduce", "reduceRight", "reverse", "join", "slice"]);
const sameAsObjectFunction: Record<string, string> = {
  assign: "Object.assign",
  extend: "Object.assign",
  merge: "Object.assign",
  defaults: "Object.assign",
  defaultsDeep: "Object.assign",
  values: "Object.values",
  entries: "Object.entries",
  toPairs: "Object.entries",
  keys: "Object.keys",
  fromPairs: "Object.fromEntries",
};

/** A call of a lodash or es-toolkit function, modelled; undefined for any other call. */
export function applyUtilityLibrary(w: FunctionWalker, site: CallSite, args: Arguments): Value | undefined {
  if (site.isNew || args.values.length === 0) return undefined;
  const name = utilityFunctionName(w, site);
  if (name === undefined) return undefined;
  const objectFunction = Object.hasOwn(sameAsObjectFunction, name) ? staticFunctionModel(sameAsObjectFunction[name]) : undefined;
  if (objectFunction) return objectFunction(makeCall(w, site, Value.empty, args));
  const shifted = collectionFirst(w, site, args);
  if (Object.hasOwn(models, name)) return models[name](shifted);
  if (sameAsArrayMethod.has(name)) return instanceMethodModel(name)?.(shifted);
  if (/^is[A-Z]/.test(name)) return tests(shifted);
  return undefined;
}

/** The library function a call names (`orderBy`, `_.orderBy`, `debounce` from `lodash/debounce`), if it is one. */
function utilityFunctionName(w: FunctionWalker, site: CallSite): string | undefined {
  const callee = skipOuter(site.callee);
  if (!ts.isIdentifier(callee) && !ts.isPropertyAccessExpression(callee)) return undefined;
  const origin = w.ctx.origins.of(callee);
  if (!origin || origin.factory) return undefined;
  if (PACKAGES.has(origin.module)) return origin.members.length === 1 ? origin.members[0] : undefined;
  const subpath = SUBPATH.exec(origin.module);
  if (!subpath) return undefined;
  if (origin.members.length === 0) return subpath[1];
  return origin.members.length === 1 && subpath[1] !== "fp" ? origin.members[0] : undefined;
}

/** The call as the array method it mirrors: the first argument as receiver, the rest as arguments. */
function collectionFirst(w: FunctionWalker, site: CallSite, args: Arguments): BuiltinCall {
  const callbacks = new Map([...args.callbacks].filter(([index]) => index > 0).map(([index, fn]) => [index - 1, fn]));
  const rest: Arguments = { values: args.values.slice(1), expressions: args.expressions.slice(1), callbacks };
  const call = makeCall(w, site, args.values[0], rest);
  const collection = args.expressions[0];
  // What the method writes into its receiver goes into the collection passed (`remove(list, f)`).
  return { ...call, writeReceiver: (value) => collection && w.assign(collection, join(args.values[0], value), false) };
}

/** Groups under keys the iteratee gives (`groupBy(list, "city")`): `group` under any key. */
function grouped(c: BuiltinCall, group: Value): Value {
  const keys = whole(iteratee(c));
  const fields = new Map([[ANY_FIELD, group]]);
  if (!keys.isEmpty) fields.set(KEYS_FIELD, keys);
  return Value.empty.withFields(fields);
}

/** `pick(user, ["id", "name"])`, `pick(user, "id", "name")`: those fields only, when the names are written out. */
function pickFields(c: BuiltinCall): Value | undefined {
  const names = literalNames(c.args.expressions);
  if (!names) return undefined;
  const fields = new Map(names.map((name) => [name, c.w.readField(c.receiver, name, c.site.node)] as [string, Value]));
  return new Value(c.receiver.steps, c.receiver.origins, fields);
}

/** `omit(user, ["email"])`: every field but those, when the names are written out. */
function omitFields(c: BuiltinCall): Value | undefined {
  const names = literalNames(c.args.expressions);
  if (!names) return undefined;
  const value = c.receiver;
  const fields = new Map(value.fields);
  for (const name of names) fields.delete(name);
  const input = value.input && c.w.exceptInput(value.input, names);
  return new Value(value.steps, value.origins, fields, input, value.fns);
}

/** `get(user, "profile.city", fallback)`, `get(user, ["profile", "city"])`: that path, or the fallback. */
function getPath(c: BuiltinCall): Value | undefined {
  const path = c.args.expressions[0];
  if (!path) return undefined;
  const text = literalText(path);
  const segments = text !== undefined ? text.split(".") : literalNames([path]);
  if (!segments) return undefined;
  let value = c.receiver;
  for (const segment of segments) value = c.w.readField(value, segment, c.site.node);
  return join(value, c.arg(1));
}

/** Field names written out: string literals, or arrays of them. Undefined when any is not. */
function literalNames(expressions: readonly ts.Expression[]): string[] | undefined {
  const names: string[] = [];
  for (const expression of expressions) {
    const inner = skipOuter(expression);
    if (ts.isArrayLiteralExpression(inner)) {
      for (const item of inner.elements) {
        const text = literalText(item);
        if (text === undefined) return undefined;
        names.push(text);
      }
      continue;
    }
    const text = literalText(inner);
    if (text === undefined) return undefined;
    names.push(text);
  }
  return names.length > 0 ? names : undefined;
}

function literalText(expression: ts.Expression): string | undefined {
  const inner = skipOuter(expression);
  return ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner) ? inner.text : undefined;
}
