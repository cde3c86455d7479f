import { ts } from "ts-morph";
import { instantiate, type SummarySite } from "./calls.js";
import { type FunctionLike, isFunctionLike } from "./context.js";
import { skipOuter } from "./origins.js";
import type { FunctionWalker } from "./walker.js";
import { ANY_FIELD, join, KEYS_FIELD, Value } from "./value.js";

/**
 * What iterating a value yields (for…of, spreads, array destructuring, Array.from, yield*): an
 * array's or Set's elements; a Map's [key, value] entries (a Map keeps its values by key and its
 * keys apart, see the Map models); what a `[Symbol.iterator]` method of the scanned code yields
 * for that very receiver. The protocol comes from the iterated expression's static type.
 */
type Protocol = { kind: "elements" } | { kind: "entries" } | { kind: "user"; fn: FunctionLike };

const ELEMENTS: Protocol = { kind: "elements" };
const ENTRIES: Protocol = { kind: "entries" };
const MAP_TYPES = new Set(["Map", "ReadonlyMap"]);

/** Everything iterating `value` (the value of `expression`) yields, joined. */
export function iterate(w: FunctionWalker, value: Value, expression: ts.Node): Value {
  return yielded(w, protocolOf(w, value, expression), value, expression);
}

/**
 * The first `count` elements of an iteration (`const [first] = bag`, `f(...args)`): an array's own
 * positions (its unknown ones, and an input's, read as such), otherwise whatever iterating it yields.
 */
export function iterationElements(w: FunctionWalker, value: Value, count: number, expression: ts.Node): Value[] {
  const protocol = protocolOf(w, value, expression);
  if (protocol === ELEMENTS) return Array.from({ length: count }, (_, k) => w.readField(value, String(k), expression));
  const element = yielded(w, protocol, value, expression);
  return Array.from({ length: count }, () => element);
}

function yielded(w: FunctionWalker, protocol: Protocol, value: Value, expression: ts.Node): Value {
  if (protocol.kind === "entries") return entryOf(w, value, expression);
  // A receiver nothing is known about (an instance whose fields are all still empty) yields
  // nothing, as reading its elements does: running the method would read the class's fields of
  // every instance (its heap), and one empty bag would yield what another holds.
  if (protocol.kind === "user" && !value.isEmpty) {
    const produced = runIterator(w, protocol.fn, value, expression);
    if (produced) return w.readField(produced, ANY_FIELD, expression);
  }
  return w.readField(value, ANY_FIELD, expression);
}

/** The value as an array of what iterating it yields: itself when it is one already (`Array.from(x)`). */
export function asArray(w: FunctionWalker, value: Value, expression: ts.Node): Value {
  const protocol = protocolOf(w, value, expression);
  return protocol === ELEMENTS ? value : Value.empty.withFields(new Map([[ANY_FIELD, yielded(w, protocol, value, expression)]]));
}

/** One [key, value] entry of a Map: keys apart from values, each as precise as the Map keeps it. */
export function entryOf(w: FunctionWalker, map: Value, at: ts.Node): Value {
  const keys = map.fields.get(KEYS_FIELD) ?? Value.empty;
  const values = w.readField(map, ANY_FIELD, at);
  return Value.empty.withFields(
    new Map([
      ["0", keys],
      ["1", values],
      [ANY_FIELD, join(keys, values)],
    ]),
  );
}

/** A tuple or array literal: its positions are known, so nothing needs the type to iterate it. */
function hasPositions(value: Value): boolean {
  return value.fields.has("0");
}

function protocolOf(w: FunctionWalker, value: Value, expression: ts.Node): Protocol {
  if (hasPositions(value)) return ELEMENTS;
  const type = iteratedType(w.ctx.checker, expression);
  if (!type) return ELEMENTS;
  for (const member of type.isUnion() ? type.types : [type]) {
    const symbol = member.getSymbol();
    if (!symbol?.declarations?.length) continue;
    const inScannedCode = symbol.declarations.some((d) => !d.getSourceFile().isDeclarationFile);
    if (!inScannedCode) {
      if (MAP_TYPES.has(symbol.getName())) return ENTRIES;
      continue;
    }
    const fn = iteratorMethod(member);
    if (fn) return { kind: "user", fn };
  }
  return ELEMENTS;
}

/**
 * The iterated expression's type: a name's declared type (cached per symbol, where the flow type
 * of every name costs a checker walk), anything else's type at its position.
 */
function iteratedType(checker: ts.TypeChecker, node: ts.Node): ts.Type | undefined {
  try {
    const inner = ts.isExpression(node) ? skipOuter(node) : node;
    if (ts.isIdentifier(inner) || ts.isPropertyAccessExpression(inner)) {
      let symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(inner) ? inner.name : inner);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      if (symbol && symbol.flags & (ts.SymbolFlags.Variable | ts.SymbolFlags.Property)) return checker.getNonNullableType(checker.getTypeOfSymbol(symbol));
    }
    return checker.getNonNullableType(checker.getTypeAtLocation(inner));
  } catch {
    return undefined;
  }
}

/** The `[Symbol.iterator]` method with a body that a type of the scanned code declares or inherits. */
function iteratorMethod(type: ts.Type): FunctionLike | undefined {
  const property = type.getProperties().find((p) => String(p.escapedName).startsWith("__@iterator@"));
  const declaration = property?.declarations?.find((d) => isFunctionLike(d) && d.body !== undefined && !d.getSourceFile().isDeclarationFile);
  return declaration as FunctionLike | undefined;
}

/** The iterator a `[Symbol.iterator]` method returns for this receiver (a generator's yields are its elements). */
function runIterator(w: FunctionWalker, fn: FunctionLike, receiver: Value, at: ts.Node): Value | undefined {
  const summary = w.ctx.summaryOf(fn, w.root);
  if (!summary) return undefined;
  const site: SummarySite = { node: at, text: "[Symbol.iterator]", isNew: false };
  return instantiate(w, site, fn, summary, receiver, { values: [], expressions: [], callbacks: new Map() });
}
