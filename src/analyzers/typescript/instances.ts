/**
 * Class-field heap nodes per instance and per subclass, where a call's receiver says which.
 *
 * A class field's heap node (`ts-heap:Store.data`) holds what every instance's methods store in
 * it, so two module-level runners, two `Slot`s in one object, or the stores of two entity types
 * would read each other's data. A call on a receiver made at a known allocation site (`new C(…)`,
 * which the value carries as an internal field, see ALLOCATION_PREFIX) uses that instance's node;
 * a call on a receiver whose static type is a subclass of the field's class uses that subclass's
 * node. Each node splits in two: what writers stored directly (`…~`, read by every instance and
 * subclass below it) and the aggregate of that and everything below (what a reader that knows
 * less gets). The aggregate of the class's own node is what a receiver of unknown class reads.
 *
 *   ts-heap:Store.data                          every instance (the class's aggregate)
 *     ├─ ts-heap:Store.data~                    writes through receivers of unknown class
 *     └─ ts-heap:Store.data@class:UsersStore    receivers typed UsersStore (aggregate)
 *          ├─ …@class:UsersStore~               writes through such receivers
 *          └─ ts-heap:Store.data@app.ts:4:18    the instance made at app.ts:4:18
 */
import { ts } from "ts-morph";
import type { ScanContext } from "./context.js";
import { positionOf } from "./context.js";
import { declareFieldHeap, fieldLocation, withHeapKeys } from "./heap-fields.js";
import { skipOuter } from "./origins.js";
import { ALLOCATION_PREFIX, Value } from "./value.js";

/** Suffix of the node holding what writers stored directly into a heap aggregate. */
const DIRECT_SUFFIX = "~";

/** Which instances a call's receiver may be: one allocation site, or a class and its bases. */
export interface Receiver {
  /** The allocation site, when the receiver was made at exactly one. */
  site?: string;
  /** The receiver's class and its base classes, most derived first, by owner key (see OwnerKeys). */
  classes: readonly string[];
}

/** Registers a heap aggregate: from then on, edges into it go to its direct-writes node. */
export function declareClassHeap(ctx: ScanContext, key: string): void {
  if (ctx.classHeapDirect.has(key)) return;
  const direct = `${key}${DIRECT_SUFFIX}`;
  ctx.classHeapDirect.set(key, direct);
  ctx.heapDirectOf.set(direct, key);
  if (!ctx.graph.hasNode(direct)) ctx.graph.addNode(direct, { ...ctx.graph.node(key) });
  ctx.graph.addEdge(direct, key, { kind: "data" });
}

/** Where an edge into `to` goes: a heap aggregate only takes the structural edges made here. */
export function edgeTarget(ctx: ScanContext, to: string): string {
  return ctx.classHeapDirect.get(to) ?? to;
}

/** The allocation-site marker of `new C(…)` at `node`, recording the classes its fields belong to. */
export function allocationMarker(ctx: ScanContext, node: ts.NewExpression): Value {
  const position = positionOf(ctx, node);
  const site = `${position.file}:${position.line}:${position.column}`;
  if (!ctx.allocations.has(site)) ctx.allocations.set(site, classChain(ctx, ctx.checker.getTypeAtLocation(node)));
  return ctx.allocations.get(site)!.length > 0 ? Value.empty.withField(`${ALLOCATION_PREFIX}${site}`, Value.empty) : Value.empty;
}

/** What a call's receiver says about its instance: its allocation site, else its static type. */
export function receiverOf(ctx: ScanContext, value: Value | undefined, expression: ts.Expression | undefined): Receiver | undefined {
  let site: string | undefined;
  for (const name of value?.fields.keys() ?? []) {
    if (!name.startsWith(ALLOCATION_PREFIX)) continue;
    if (site !== undefined) {
      site = undefined; // made at two sites: only its static type is known
      break;
    }
    site = name.slice(ALLOCATION_PREFIX.length);
  }
  if (site !== undefined) return { site, classes: ctx.allocations.get(site) ?? [] };
  if (!expression) return undefined;
  const classes = classChain(ctx, ctx.checker.getTypeAtLocation(skipOuter(expression)));
  return classes.length > 0 ? { classes } : undefined;
}

/**
 * The location a call on `receiver` writes the class field location `key` into (a field of a class
 * field's value too: the same field of the instance's or the subclass's node).
 */
export function instanceHeap(ctx: ScanContext, key: string, receiver: Receiver | undefined): string {
  const base = ctx.heapBase.get(key);
  const root = base?.root ?? key;
  const place = placeOf(ctx, root, receiver);
  if (!place) return key;
  let location = place.site !== undefined ? instanceNode(ctx, root, place) : classNode(ctx, root, place.below, 0);
  for (const field of base?.path ?? []) location = fieldLocation(ctx, location, field);
  return location;
}

/** What a call on `receiver` reads from the class field `key`. */
export function readInstanceHeap(ctx: ScanContext, key: string, receiver: Receiver | undefined): Value {
  // The field's dynamic keys (`map.set(k, v)`) are kept apart from its values, for every instance.
  return withHeapKeys(ctx, key, instanceValue(ctx, key, receiver));
}

function instanceValue(ctx: ScanContext, key: string, receiver: Receiver | undefined): Value {
  const place = placeOf(ctx, key, receiver);
  if (!place) return Value.of(key);
  const steps = [ctx.classHeapDirect.get(key)!];
  if (place.site !== undefined) {
    steps.push(instanceNode(ctx, key, place));
    place.below.forEach((_, i) => steps.push(ctx.classHeapDirect.get(classNode(ctx, key, place.below, i))!));
  } else {
    steps.push(classNode(ctx, key, place.below, 0));
    place.below.forEach((_, i) => i > 0 && steps.push(ctx.classHeapDirect.get(classNode(ctx, key, place.below, i))!));
  }
  return new Value(steps);
}

interface Place {
  site?: string;
  /** The receiver's classes strictly below the field's own class, most derived first. */
  below: readonly string[];
}

/** Where below the field's own class a receiver sits; undefined when it says nothing more. */
function placeOf(ctx: ScanContext, key: string, receiver: Receiver | undefined): Place | undefined {
  if (!receiver || !ctx.classHeapDirect.has(key) || !key.startsWith("ts-heap:")) return undefined;
  const owner = key.slice("ts-heap:".length, key.lastIndexOf("."));
  const at = receiver.classes.indexOf(owner);
  if (at < 0 || (at === 0 && receiver.site === undefined)) return undefined;
  return { site: receiver.site, below: receiver.classes.slice(0, at) };
}

/** The aggregate node of the class `below[index]`, made (with the nodes above it) on first use. */
function classNode(ctx: ScanContext, key: string, below: readonly string[], index: number): string {
  const node = `${key}@class:${below[index]}`;
  if (!ctx.graph.hasNode(node)) {
    const shared = ctx.graph.node(key);
    ctx.graph.addNode(node, { ...shared, note: `${shared.note ?? key} of ${below[index]} instances` });
    const parent = index + 1 < below.length ? classNode(ctx, key, below, index + 1) : key;
    declareFieldHeap(ctx, node, parent);
    ctx.graph.addEdge(node, parent, { kind: "data" });
  }
  return node;
}

/** The node of one instance, made on first use, below its class's node. */
function instanceNode(ctx: ScanContext, key: string, place: Place): string {
  const node = `${key}@${place.site}`;
  if (!ctx.graph.hasNode(node)) {
    const shared = ctx.graph.node(key);
    ctx.graph.addNode(node, { ...shared, note: `${shared.note ?? key} of the instance made at ${place.site}` });
    const parent = place.below.length > 0 ? classNode(ctx, key, place.below, 0) : key;
    declareFieldHeap(ctx, node, parent);
    ctx.graph.addEdge(node, parent, { kind: "data" });
  }
  return node;
}

/** Class chains by type (asked at every method call whose callee touches a class field). */
const chains = new WeakMap<ts.Type, string[]>();

/** A class type and its base classes declared in the scanned code, most derived first, by owner key. */
function classChain(ctx: ScanContext, start: ts.Type): string[] {
  const known = chains.get(start);
  if (known) return known;
  const names: string[] = [];
  chains.set(start, names);
  let type: ts.Type | undefined = start;
  for (let depth = 0; type && depth < 8; depth++) {
    const declaration = type.getSymbol()?.declarations?.find(ts.isClassDeclaration);
    const key = declaration && !declaration.getSourceFile().isDeclarationFile ? ctx.owners.ofClass(declaration) : undefined;
    if (!key) break;
    names.push(key);
    const target = ((type as ts.TypeReference).target ?? type) as ts.Type;
    type = target.isClassOrInterface() ? ctx.checker.getBaseTypes(target)[0] : undefined;
  }
  return names;
}
