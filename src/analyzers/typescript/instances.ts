/**
 * Class-field heap nodes per instance, for instances whose allocation site is known.
 *
 * A class field's heap node (`ts-heap:JobRunner.pending`) holds what every instance's methods
 * store in it, so two module-level runners, or two `Slot`s in one object's fields, would read
 * each other's data. A value made by `new C(…)` carries its allocation site (an internal field,
 * see ALLOCATION_PREFIX); a call whose receiver carries exactly one writes and reads the fields of
 * C (and its bases) in that instance's own node. The shared node splits in two: what writers that
 * do not know the instance stored (`…~`, read by every instance), and the aggregate of that and
 * every instance (what a reader that does not know the instance gets).
 */
import { ts } from "ts-morph";
import type { ScanContext } from "./context.js";
import { positionOf } from "./context.js";
import { ALLOCATION_PREFIX, Value } from "./value.js";

/** Suffix of the node holding a class field's writes by receivers of unknown instance. */
const DIRECT_SUFFIX = "~";

/** Registers a class-field heap node: its direct-writes node exists from then on (see addEdge). */
export function declareClassHeap(ctx: ScanContext, key: string): void {
  if (ctx.classHeapDirect.has(key)) return;
  const direct = `${key}${DIRECT_SUFFIX}`;
  ctx.classHeapDirect.set(key, direct);
  if (!ctx.graph.hasNode(direct)) ctx.graph.addNode(direct, { ...ctx.graph.node(key) });
  ctx.graph.graph.addEdge(direct, key, { kind: "data" });
}

/**
 * Where an edge into `to` really goes: a class field's aggregate node only receives from its
 * direct-writes node and its instances; every other writer writes directly.
 */
export function edgeTarget(ctx: ScanContext, from: string, to: string): string {
  const direct = ctx.classHeapDirect.get(to);
  if (!direct || from === direct || from.startsWith(`${to}@`)) return to;
  return direct;
}

/** The allocation-site marker of `new C(…)` at `node`, recording the classes its fields belong to. */
export function allocationMarker(ctx: ScanContext, node: ts.NewExpression): Value {
  const position = positionOf(ctx, node);
  const site = `${position.file}:${position.line}:${position.column}`;
  if (!ctx.allocations.has(site)) ctx.allocations.set(site, classNamesOf(ctx, node));
  const owners = ctx.allocations.get(site)!;
  return owners.size > 0 ? Value.empty.withField(`${ALLOCATION_PREFIX}${site}`, Value.empty) : Value.empty;
}

/** The one allocation site a receiver value was made at, if it carries exactly one. */
export function allocationOf(value: Value | undefined): string | undefined {
  if (!value) return undefined;
  let found: string | undefined;
  for (const name of value.fields.keys()) {
    if (!name.startsWith(ALLOCATION_PREFIX)) continue;
    if (found !== undefined) return undefined;
    found = name.slice(ALLOCATION_PREFIX.length);
  }
  return found;
}

/**
 * The node a call on an instance made at `site` uses for the class-field heap node `key`: its own
 * node when `key` is a field of the instance's class or a base class, else `key` itself.
 */
export function instanceHeap(ctx: ScanContext, key: string, site: string | undefined): string {
  if (site === undefined || !ctx.classHeapDirect.has(key)) return key;
  const owner = key.slice("ts-heap:".length, key.lastIndexOf("."));
  if (!ctx.allocations.get(site)?.has(owner)) return key;
  const instance = `${key}@${site}`;
  if (!ctx.graph.hasNode(instance)) {
    const shared = ctx.graph.node(key);
    ctx.graph.addNode(instance, { ...shared, note: `${shared.note ?? key} of the instance made at ${site}` });
    ctx.graph.graph.addEdge(instance, key, { kind: "data" });
  }
  return instance;
}

/** What a call on an instance made at `site` reads from the class-field heap node `key`. */
export function readInstanceHeap(ctx: ScanContext, key: string, site: string | undefined): Value {
  const instance = instanceHeap(ctx, key, site);
  if (instance === key) return Value.of(key);
  return new Value([instance, ctx.classHeapDirect.get(key)!]);
}

/** The class a `new` expression makes and its base classes, by name (as class-field heap keys name them). */
function classNamesOf(ctx: ScanContext, node: ts.NewExpression): Set<string> {
  const names = new Set<string>();
  let type: ts.Type | undefined = ctx.checker.getTypeAtLocation(node);
  for (let depth = 0; type && depth < 8; depth++) {
    const symbol = type.getSymbol();
    const declaration = symbol?.declarations?.find(ts.isClassDeclaration);
    if (!declaration || declaration.getSourceFile().isDeclarationFile || !declaration.name) break;
    names.add(declaration.name.text);
    const target = ((type as ts.TypeReference).target ?? type) as ts.Type;
    type = target.isClassOrInterface() ? ctx.checker.getBaseTypes(target)[0] : undefined;
  }
  return names;
}
