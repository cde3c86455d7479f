/**
 * Heap locations field by field. A value stored in a class field or a module variable keeps its
 * fields apart: `store.add(contact)` puts the contact's e-mail in `…data/*&#47;email` and its country
 * in `…data/*&#47;country`, so a country read back from the store is not the e-mail.
 *
 * Every location is an aggregate node (what a whole read gets: everything at it and below) with a
 * direct-writes node (see instances.ts). A location's field `f` is a location of its own, `X/f`,
 * inside X (an edge `X/f → X`) and inside the same field of X's parent in the instance tree
 * (`V/f → S/f`: a reader of every instance's `f` sees this one's). What was written whole at a
 * location, whose fields are unknown, is its opaque part `X!` (that of X and of the instances
 * below it): a field read of X gets `X!` and `X/f`, never what the other fields hold.
 */
import type { ScanContext } from "./context.js";
import { declareClassHeap } from "./instances.js";
import { ANY_FIELD, collapse, isInternalField, KEYS_FIELD, Value } from "./value.js";

/**
 * How many fields deep heap locations are kept apart: an element of a stored collection and the
 * fields of that element (`store.get(id).country`). Deeper, a field is its location's whole: each
 * level multiplies the nodes of every class field, instance and subclass.
 */
const HEAP_FIELD_DEPTH = 2;

/** The location a heap node's field is, made (with its edges) on first use; the location itself past HEAP_FIELD_DEPTH. */
export function fieldLocation(ctx: ScanContext, location: string, field: string): string {
  const known = ctx.heapFieldOf.get(location)?.get(field);
  if (known) return known;
  const depth = ctx.heapDepth.get(location) ?? 0;
  if (depth >= HEAP_FIELD_DEPTH || !ctx.classHeapDirect.has(location)) return location;
  const key = `${location}/${field}`;
  let fields = ctx.heapFieldOf.get(location);
  if (!fields) ctx.heapFieldOf.set(location, (fields = new Map()));
  fields.set(field, key);
  ctx.heapDepth.set(key, depth + 1);
  const base = ctx.heapBase.get(location) ?? { root: location, path: [] };
  ctx.heapBase.set(key, { root: base.root, path: [...base.path, field] });
  const outer = ctx.graph.node(location);
  ctx.graph.addNode(key, { ...outer, note: `${outer.note ?? location}.${field}` });
  declareClassHeap(ctx, key);
  ctx.graph.addEdge(key, location, { kind: "data" });
  // The field of an instance is the field of its class too.
  const parent = ctx.heapParent.get(location);
  if (parent) {
    const above = fieldLocation(ctx, parent, field);
    ctx.heapParent.set(key, above);
    if (above !== key) ctx.graph.addEdge(key, above, { kind: "data" });
  }
  // Any field (`*`, a dynamic key) may be this one: `X/*` aggregates every field of X.
  if (field !== ANY_FIELD) {
    const any = fieldLocation(ctx, location, ANY_FIELD);
    if (any !== key) ctx.graph.addEdge(key, any, { kind: "data" });
  }
  ctx.graph.addEdge(ctx.classHeapDirect.get(key)!, anyDirect(ctx, location), { kind: "data" });
  return key;
}

/** What was written whole at a location or an instance below it (its fields unknown). */
export function opaqueLocation(ctx: ScanContext, location: string): string {
  const key = `${location}!`;
  if (ctx.graph.hasNode(key)) return key;
  const outer = ctx.graph.node(location);
  ctx.graph.addNode(key, { ...outer });
  ctx.graph.addEdge(ctx.classHeapDirect.get(location)!, key, { kind: "data" });
  const parent = ctx.heapParent.get(location);
  if (parent) ctx.graph.addEdge(key, opaqueLocation(ctx, parent), { kind: "data" });
  return key;
}

/** The direct writes of every field of one location (not of the instances below it). */
function anyDirect(ctx: ScanContext, location: string): string {
  const key = `${ctx.classHeapDirect.get(location)!}*`;
  if (!ctx.graph.hasNode(key)) ctx.graph.addNode(key, { ...ctx.graph.node(location) });
  return key;
}

/**
 * A field read of a value one of whose steps is a heap location: the step the read still carries
 * (the location's opaque part) and the field's locations. Undefined for any other step.
 */
export function readHeapField(ctx: ScanContext, step: string, name: string): { carried: string; field: string[] } | undefined {
  if (isInternalField(name)) return undefined;
  if (ctx.classHeapDirect.has(step) && ctx.heapBase.has(step)) {
    const field = fieldLocation(ctx, step, name);
    if (field === step) return undefined;
    const any = name === ANY_FIELD ? [] : [ctx.classHeapDirect.get(fieldLocation(ctx, step, ANY_FIELD))!];
    return { carried: opaqueLocation(ctx, step), field: [field, ...any] };
  }
  const aggregate = ctx.heapDirectOf.get(step);
  if (aggregate && ctx.heapBase.has(aggregate)) {
    // The direct writes of one location (an instance's ancestors): its own fields' direct writes.
    const field = fieldLocation(ctx, aggregate, name);
    if (field === aggregate) return undefined;
    if (name === ANY_FIELD) return { carried: step, field: [anyDirect(ctx, aggregate)] };
    return { carried: step, field: [ctx.classHeapDirect.get(field)!, ctx.classHeapDirect.get(fieldLocation(ctx, aggregate, ANY_FIELD))!] };
  }
  return undefined;
}

/** Registers a heap location whose fields are kept apart (a class field, a module variable, an instance's node). */
export function declareFieldHeap(ctx: ScanContext, key: string, parent?: string): void {
  declareClassHeap(ctx, key);
  if (!ctx.heapBase.has(key)) ctx.heapBase.set(key, { root: key, path: [] });
  if (parent) ctx.heapParent.set(key, parent);
}

/**
 * Writes a value into a heap location field by field: what it holds whole goes to the location
 * (its direct node), each field into the field's location, down to MAX_PATH.
 */
export function writeHeapValue(
  ctx: ScanContext,
  value: Value,
  location: string,
  write: (whole: Value, target: string) => void,
  depth = 0,
): void {
  // The location's own content written back (`this.byId.set(k, v)` stores the old map again) is
  // already there, field by field: as a whole it would make every field hold every other.
  const family = functionsHome(ctx, location).key;
  const steps = [...value.steps].filter((step) => !(step.startsWith(family) && isHeapLocation(ctx, step)));
  const whole = new Value(steps, value.origins, undefined, value.input);
  if (!whole.isEmpty) write(whole, location);
  for (const [name, child] of value.fields) {
    if (child.isEmpty) continue;
    if (isInternalField(name)) {
      write(collapse(child), location);
      continue;
    }
    const inner = fieldLocation(ctx, location, name);
    if (inner === location || depth + 1 >= HEAP_FIELD_DEPTH) write(collapse(child), inner);
    else writeHeapValue(ctx, child, inner, write, depth + 1);
  }
}

/**
 * Where the functions stored at a heap location are kept (see FunctionWalker.storeFunctions): the
 * class field's or module variable's own node and the path below it. Functions are not kept per
 * instance or per subclass: a method reads the class field's.
 */
export function functionsHome(ctx: ScanContext, location: string): { key: string; path: readonly string[] } {
  const base = ctx.heapBase.get(location);
  if (!base) return { key: location, path: [] };
  const at = base.root.indexOf("@");
  return { key: at < 0 ? base.root : base.root.slice(0, at), path: base.path };
}

/** Whether a graph node is a heap location, its direct writes or its opaque part (a value's step that field reads refine). */
export function isHeapLocation(ctx: ScanContext, step: string): boolean {
  if (ctx.heapBase.has(step) || ctx.heapDirectOf.has(step)) return true;
  return step.endsWith("!") && ctx.heapBase.has(step.slice(0, -1));
}

/** A value's steps split in one pass: heap locations (kept as they are through summaries and assignments) and the rest. */
export function splitHeapSteps(ctx: ScanContext, steps: Iterable<string>): { located: string[]; rest: string[] } {
  const located: string[] = [];
  const rest: string[] = [];
  for (const step of steps) (isHeapLocation(ctx, step) ? located : rest).push(step);
  return { located, rest };
}

/** A value read from heap node `key`, with the node's dynamic keys as its keys field (see FunctionWalker.heapWrite). */
export function withHeapKeys(ctx: ScanContext, key: string, value: Value): Value {
  const keys = ctx.heapKeys.get(key);
  return keys ? value.withField(KEYS_FIELD, Value.of(keys)) : value;
}
