import { ts } from "ts-morph";
import type { Arguments } from "./calls.js";
import { applyFunction, walkCallbacks } from "./calls.js";
import type { CallSite } from "./call-site.js";
import { skipOuter } from "./origins.js";
import { constantKey } from "./keys.js";
import type { FunctionWalker } from "./walker.js";
import { ANY_FIELD, boundArguments, join, Value } from "./value.js";

/**
 * Node's EventEmitter (`events` / `node:events`, and classes extending it): `emit("x", data)` runs
 * the listeners registered with `on("x", h)` (once, addListener, prepend…) on an emitter of the
 * same class, with `data`. Listeners are kept per emitter class and event name (a name that is
 * not a literal reaches every event) in the heap of function values, so an emit analysed before
 * the listener is registered is analysed again when it is.
 */

const REGISTER = new Set(["on", "once", "addListener", "prependListener", "prependOnceListener"]);
const EMIT = "emit";

/** The result of an EventEmitter call, or undefined when the call is not one. */
export function emitterCall(w: FunctionWalker, site: CallSite, receiver: Value | undefined, args: Arguments): Value | undefined {
  if (!site.receiver || (site.name !== EMIT && !REGISTER.has(site.name))) return undefined;
  const emitter = emitterOf(w, site);
  if (!emitter) return undefined;
  const heap = `emitter:${emitter}`;
  const name = args.expressions[0] ? constantKey(w.ctx.checker, args.expressions[0]) : undefined;
  if (site.name === EMIT) {
    const listeners = w.heldFunctions(heap);
    if (!listeners) return Value.empty;
    const held = name === undefined ? w.readField(listeners, ANY_FIELD, site.node) : join(listeners.fields.get(name) ?? Value.empty, listeners.fields.get(ANY_FIELD) ?? Value.empty);
    const params = args.values.slice(1);
    for (const fn of held.fns ?? []) applyFunction(w, site, fn, [...boundArguments(held), ...params]);
    return Value.empty;
  }
  // The listener also runs in place, with what it captures here (as for any callback).
  walkCallbacks(w, site, args, []);
  const listener = args.values[1];
  if (listener?.fns) w.storeFunctions(heap, [name ?? ANY_FIELD], listener);
  return receiver ?? Value.empty;
}

/**
 * Which emitter a call is made on, by the name that keys its listeners: the class of the scanned
 * code that extends EventEmitter (`DeviceFeed`, also for `this` inside it), or `EventEmitter` for a
 * plain instance. Found syntactically (Node's types are rarely installed in a scanned repository):
 * the receiver comes from the events module, or its class's `extends` clause does.
 */
function emitterOf(w: FunctionWalker, site: CallSite): string | undefined {
  const origin = site.origin;
  if (origin && isEventsModule(origin.module)) return "EventEmitter";
  const receiver = skipOuter(site.receiver!);
  const checker = w.ctx.checker;
  let cls: ts.ClassLikeDeclaration | undefined;
  if (receiver.kind === ts.SyntaxKind.ThisKeyword) {
    let current: ts.Node | undefined = receiver.parent;
    while (current && !ts.isClassLike(current)) current = current.parent;
    cls = current;
  } else {
    cls = checker.getTypeAtLocation(receiver).getSymbol()?.declarations?.find(ts.isClassLike);
    if (!cls) return typeAnnotationOrigin(w, receiver) ? "EventEmitter" : undefined;
  }
  return cls && isEmitterSubclass(w, cls, 0) ? (cls.name?.text ?? "EventEmitter") : undefined;
}

/** Whether a class extends EventEmitter, directly or through classes of the scanned code. */
function isEmitterSubclass(w: FunctionWalker, cls: ts.ClassLikeDeclaration, depth: number): boolean {
  if (depth > 4) return false;
  const base = cls.heritageClauses?.find((c) => c.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  if (!base) return false;
  const origin = w.ctx.origins.of(base);
  if (origin && isEventsModule(origin.module)) return true;
  let symbol = w.ctx.checker.getSymbolAtLocation(base);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = w.ctx.checker.getAliasedSymbol(symbol);
  const next = symbol?.declarations?.find(ts.isClassLike);
  return next !== undefined && isEmitterSubclass(w, next, depth + 1);
}

/** `(emitter: EventEmitter)`: a variable or parameter whose declared type is imported from the events module. */
function typeAnnotationOrigin(w: FunctionWalker, receiver: ts.Expression): boolean {
  if (!ts.isIdentifier(receiver)) return false;
  const declaration = w.ctx.checker.getSymbolAtLocation(receiver)?.valueDeclaration;
  if (!declaration || !(ts.isParameter(declaration) || ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration))) return false;
  const type = declaration.type;
  if (!type || !ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return false;
  const origin = w.ctx.origins.of(type.typeName);
  return origin !== undefined && isEventsModule(origin.module);
}

function isEventsModule(module: string): boolean {
  return module === "events" || module === "node:events";
}
