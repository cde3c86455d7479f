import { ts } from "ts-morph";
import type { CatalogEntry, CatalogSink } from "../../catalog/index.js";
import { applyBuiltin } from "./builtins.js";
import { applyUtilityLibrary } from "./utility-libraries.js";
import { CallSite, functionsOf } from "./call-site.js";
import { type FunctionLike, type InputInfo, isFunctionLike, isInlineCallback, nodeAt, parametersOf, qualifiedName, type Summary } from "./context.js";
import { embeddedQuery } from "./embedded-sql.js";
import { functionsHome, splitHeapSteps, writeHeapValue } from "./heap-fields.js";
import { allocationMarker, instanceHeap, readInstanceHeap, type Receiver, receiverOf } from "./instances.js";
import { iterationElements } from "./iteration.js";
import { moduleMatches, skipOuter } from "./origins.js";
import type { SinkCallRule } from "./rules.js";
import { constantKey } from "./keys.js";
import { declaredBelow, type FunctionWalker, stripDeclared, withoutTypeSources } from "./walker.js";
import type { LabelledField } from "./type-facts.js";
import { emitterCall } from "./emitters.js";
import { wrapperCall } from "./components.js";
import { decidedInside } from "./control.js";
import { allFunctions, ANY_FIELD, boundArguments, CALL_RESULT, collapse, type InputBase, join, joinAll, KEYS_FIELD, MAX_PATH, parameterKeyIndex, REJECTED_FIELD, Value } from "./value.js";

/** The arguments of a call as the walker sees them. */
export interface Arguments {
  values: Value[];
  expressions: readonly ts.Expression[];
  /** Callbacks written in place, by argument index; walked by the model that knows how they are called. */
  callbacks: Map<number, FunctionLike>;
}

/** Whether a call's sink rule fires, with the asset and purpose it reports. */
interface SinkHit {
  purpose: string;
  asset: string;
  args?: number[];
  rule: string;
}

export function evaluateCall(w: FunctionWalker, node: ts.CallExpression | ts.NewExpression): Value {
  if (w.spies.size > 0 && ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
    const symbol = w.ctx.checker.getSymbolAtLocation(node.expression);
    const observed = symbol && w.spies.get(symbol);
    if (symbol && observed) {
      w.spies.set(symbol, join(observed, joinAll(node.arguments.map((a) => w.withControl(w.expression(a))))));
      return Value.empty;
    }
  }
  const site = new CallSite(w.ctx, node);
  const receiver = site.receiver ? w.expression(site.receiver) : undefined;
  // `makeReminder(a)()`, `(ok ? onOk : onFail)(x)`: the callee's value (the functions it may be).
  const callee = !site.receiver && !ts.isIdentifier(site.callee) && site.callee.kind !== ts.SyntaxKind.SuperKeyword ? w.expression(site.callee) : undefined;
  // A computed method key (`handlers[pick(e)](e)`) is evaluated for the calls it makes.
  if (ts.isElementAccessExpression(site.callee) && !site.name) w.expression(site.callee.argumentExpression);
  const args = evaluateArguments(w, node.arguments ?? ts.factory.createNodeArray());
  return callResult(w, site, receiver, args, callee);
}

export function evaluateTaggedTemplate(w: FunctionWalker, node: ts.TaggedTemplateExpression): Value {
  const site = new CallSite(w.ctx, node);
  const receiver = site.receiver ? w.expression(site.receiver) : undefined;
  const holes = ts.isTemplateExpression(node.template) ? node.template.templateSpans.map((s) => s.expression) : [];
  const args: Arguments = { values: holes.map((h) => w.withControl(w.expression(h))), expressions: holes, callbacks: new Map() };
  const query = embeddedQuery(w, site, args);
  if (query) return query;
  return callResult(w, site, receiver, args);
}

function evaluateArguments(w: FunctionWalker, expressions: readonly ts.Expression[]): Arguments {
  const callbacks = new Map<number, FunctionLike>();
  const values = expressions.map((expression, index) => {
    const inner = skipOuter(expression);
    if (isFunctionLike(inner)) {
      callbacks.set(index, inner);
      // Walked where the callee calls it; as a value it is that function (a handler it stores).
      return inner.body ? Value.ofFunctions([inner]) : Value.empty;
    }
    // A call that tests decide uses its arguments as they decided (an implicit flow into a sink).
    return w.withControl(w.expression(expression));
  });
  const last = expressions[expressions.length - 1];
  if (last && ts.isSpreadElement(last)) {
    // `track(...args)`: the spread fills the positions from its own on, element by element.
    const spread = values[values.length - 1];
    const at = values.length - 1;
    const filled = iterationElements(w, spread, SPREAD_POSITIONS, last.expression);
    return { values: [...values.slice(0, at), ...filled], expressions: [...expressions.slice(0, at), ...filled.map(() => last)], callbacks };
  }
  return { values, expressions, callbacks };
}

/** Positions a trailing spread argument is taken to fill. */
const SPREAD_POSITIONS = 8;

function callResult(w: FunctionWalker, site: CallSite, receiver: Value | undefined, args: Arguments, callee?: Value): Value {
  const rules = w.ctx.rules;
  const mentioned = rules.mentions(site.name) || rules.catalogAnyCall.length > 0;

  const sanitizer = mentioned ? rules.sanitizers.get(site.name)?.find((r) => site.matches(r)) : undefined;
  const sinks = mentioned ? sinkHits(w, site) : [];

  let result: Value;
  const query = mentioned || site.name ? embeddedQuery(w, site, args) : undefined;
  if (sanitizer) {
    walkCallbacks(w, site, args, []);
    const input = collapse(joinAll([receiver ?? Value.empty, ...args.values]));
    const key = nodeAt(w.ctx, "ts-call", site.node, "sanitized", {
      note: `sanitized by ${site.text}() (removes ${sanitizer.removes.join(", ")})`,
      removes: [...sanitizer.removes].sort(),
      scope: w.scope,
    });
    w.linkInto(input, key);
    // Inputs of this function that reach the result went through the sanitizer too.
    result = input.isEmpty ? Value.empty : new Value([key], [...input.origins].map((o) => sanitizedInput(w, o, sanitizer.removes)));
  } else if (query) {
    result = query;
  } else if (site.functions.length > 0) {
    result = (holdsFunctionValue(site) && storedFunctionCall(w, site, receiver, args)) || userCall(w, site, receiver, args);
  } else {
    result =
      emitterCall(w, site, receiver, args) ??
      wrapperCall(w, site, args) ??
      applyUtilityLibrary(w, site, args) ??
      applyBuiltin(w, site, receiver, args) ??
      callOfValue(w, site, receiver, args, callee) ??
      (sinks.some((hit) => ANSWERING_PURPOSES.has(hit.purpose)) ? answerOf(w, site, args) : unknownCall(w, site, receiver, args));
  }
  if (site.isNew && ts.isNewExpression(site.node)) result = join(result, allocationMarker(w.ctx, site.node));
  if (site.isNew) {
    // A class with no constructor of its own still sets its fields (`private store = new Map()`):
    // the instance knows them, so another instance's writes are not read back from the class heap.
    for (const cls of site.classesWithoutConstructor) result = join(w.fieldInitializers(cls), result);
  }
  // super(...): what the base constructor writes on `this` (or, for a base class with no body
  // to analyse such as Error, the arguments) belongs to the object being built.
  if (site.isSuperCall) w.absorbIntoThis(result);

  for (const hit of sinks) emitSink(w, site, args, hit);

  if (mentioned) {
    for (const rule of rules.sourceCalls.get(site.name) ?? []) {
      if (!site.matches(rule)) continue;
      result = join(result, w.sourceAt(site.node, rule.label, rule.kind, rule.asset, `returned by ${site.text}()`));
    }
  }
  return result;
}

/**
 * A call whose callee resolves to no function by its name: a value that holds functions (a
 * handler read from a list, a field, a Map, a parameter of a callback walked here) runs them with
 * these arguments. A function-valued input is recorded in the summary, so each call site runs its
 * own callback: a parameter (`visit(item)`) or captured variable, whose result is what that
 * callback returns; or a field of one (`options.onDone(x)`), which otherwise stays unknown code.
 */
function callOfValue(w: FunctionWalker, site: CallSite, receiver: Value | undefined, args: Arguments, evaluated?: Value): Value | undefined {
  if (site.isNew) return undefined;
  const callee = evaluated ?? calleeValue(w, site, receiver);
  if (callee.fns) return applyValue(w, site, callee, args, receiver);
  const input = callee.input;
  if (!input || input.base === "this") return undefined;
  if (input.path.length === 0 && !site.receiver && ts.isIdentifier(site.callee)) {
    walkCallbacks(w, site, args, []);
    w.recordCall(input, args.values);
    return w.inputValue(input.base, [CALL_RESULT], site.node);
  }
  w.recordCall(input, args.values);
  return undefined;
}

/**
 * The value a callee names, read where the call is: an identifier's value, or the field of the
 * receiver (with what methods stored in `this.field`). A receiver's field is read only when it may
 * hold a function (an input's field declared as a function-valued property, or functions known
 * in the receiver), so library method calls make no input nodes.
 */
function calleeValue(w: FunctionWalker, site: CallSite, receiver: Value | undefined): Value {
  if (ts.isIdentifier(site.callee)) return w.expression(site.callee);
  if (!site.receiver || !receiver) return Value.empty;
  const inputField = receiver.input !== undefined && receiver.input.base !== "this" && holdsFunctionValue(site);
  let value = receiver.holdsFunctions || inputField ? w.readField(receiver, site.name, site.node) : Value.empty;
  if (skipOuter(site.receiver).kind === ts.SyntaxKind.ThisKeyword && ts.isPropertyAccessExpression(site.callee)) {
    const held = w.heldByThisField(site.callee);
    if (held) value = join(value, held);
  }
  return value;
}

/**
 * Whether the callee's declaration is a place that holds a function value rather than a method:
 * a variable, parameter or property (`handler: Handler`, `private onFail = () => …`), or a method
 * signature of an interface of the scanned code (implemented by an object literal somewhere).
 */
function holdsFunctionValue(site: CallSite): boolean {
  const declaration = site.declaration;
  if (!declaration) return false;
  if (ts.isVariableDeclaration(declaration) || ts.isParameter(declaration) || ts.isPropertyDeclaration(declaration) || ts.isPropertySignature(declaration)) return true;
  return ts.isMethodSignature(declaration) && !declaration.getSourceFile().isDeclarationFile;
}

/**
 * A call of a variable or field that resolves by name to some functions (`const voice =
 * log.bind(null, phone)`, `private onFail = () => …` reassigned by a method): the functions its
 * value holds run, with the arguments bound to it first. Undefined when the value holds none.
 */
function storedFunctionCall(w: FunctionWalker, site: CallSite, receiver: Value | undefined, args: Arguments): Value | undefined {
  const callee = calleeValue(w, site, receiver);
  if (!callee.fns) return undefined;
  const fns = [...callee.fns, ...site.functions.filter((fn) => !callee.fns!.includes(fn))];
  return applyValue(w, site, Value.ofFunctions(fns).withFields(callee.fields), args, receiver);
}

/** Runs each function a value holds with the call's arguments (after any bound ones). */
function applyValue(w: FunctionWalker, site: CallSite, callee: Value, args: Arguments, receiver: Value | undefined): Value {
  const params = [...boundArguments(callee), ...args.values];
  return joinAll((callee.fns ?? []).map((fn) => applyFunction(w, site, fn, params, receiver ?? Value.empty)));
}

/**
 * Sinks whose result is what comes back from outside (an HTTP response, a logger, an analytics
 * client's acknowledgement), not what was sent: the request body is not in the response.
 */
const ANSWERING_PURPOSES = new Set(["third_party", "logging", "analytics"]);

/** A library sink's answer: its callbacks run (with nothing of what was sent); the result is clean. */
function answerOf(w: FunctionWalker, site: CallSite, args: Arguments): Value {
  walkCallbacks(w, site, args, []);
  return Value.empty;
}

/** A call into code with no body to analyse: its result carries its receiver's and arguments' data. */
function unknownCall(w: FunctionWalker, site: CallSite, receiver: Value | undefined, args: Arguments): Value {
  const returned = walkCallbacks(w, site, args, []);
  const inputs = joinAll([receiver ?? Value.empty, ...args.values, returned]);
  if (inputs.isEmpty) return Value.empty;
  // The result carries everything its inputs carry (used whole, it carries every label), but keeps
  // their fields apart: `User.create(attrs).id` carries `attrs.id`, not `attrs.email`. Reading any
  // field of a result built from a whole labelled value still carries that value's labels.
  const whole = new Value(inputs.steps, inputs.origins);
  let steps: string[] = [];
  if (!whole.isEmpty) {
    const key = nodeAt(w.ctx, "ts-call", site.node, "", () => ({ note: `result of ${site.text}()`, scope: w.scope }));
    w.linkInto(whole, key);
    steps = [key];
  }
  return new Value(steps, inputs.origins, inputs.fields, inputs.input);
}

/** Runs each in-place callback with parameters bound to `params`; returns what they return. */
export function walkCallbacks(w: FunctionWalker, site: CallSite, args: Arguments, params: Value[]): Value {
  let returned = Value.empty;
  for (const [, fn] of [...args.callbacks].sort(([a], [b]) => a - b)) returned = join(returned, applyFunction(w, site, fn, params));
  return returned;
}

/** Instantiates the summaries of the functions a call may run, at this call site. */
function userCall(w: FunctionWalker, site: CallSite, receiver: Value | undefined, args: Arguments): Value {
  let result = Value.empty;
  let receiverWrites = Value.empty;
  const invoked = new Set<number>();
  // Only a local: a module-level instance keeps what its methods store in its own heap nodes
  // (see instances.ts), and writing it into the variable's node would merge its fields.
  const named = site.receiver && !site.isNew && ts.isIdentifier(skipOuter(site.receiver)) ? (skipOuter(site.receiver) as ts.Identifier) : undefined;
  const symbol = named && w.ctx.checker.getSymbolAtLocation(named);
  const local = named && symbol && w.isLocalSymbol(symbol) ? named : undefined;
  const onThisWrites = local ? (writes: Value) => (receiverWrites = join(receiverWrites, writes)) : undefined;
  for (const fn of site.functions) {
    enterZone(w, site, fn, args);
    const summary = w.ctx.summaryOf(fn, w.root);
    if (!summary) continue;
    result = join(result, instantiate(w, site, fn, summary, receiver ?? Value.empty, args, invoked, onThisWrites));
  }
  // `cache.set(k, v)`: what the method stores on `this` now belongs to this instance too, so a
  // later `cache.get(k)` of the same local reads it (and another instance does not).
  if (local && !receiverWrites.isEmpty) w.assign(local, join(receiver ?? Value.empty, receiverWrites), false);
  // Callbacks the callee does not call itself (it stores them, or its summary is not known yet)
  // still run in place, with nothing known about their parameters.
  let returned = Value.empty;
  for (const [index, fn] of [...args.callbacks].sort(([a], [b]) => a - b)) {
    if (!invoked.has(index)) returned = join(returned, applyFunction(w, site, fn, []));
  }
  return returned.isEmpty ? result : join(result, collapse(returned));
}

/**
 * A call from outside a zone into a function inside it: the data the arguments carry is used for
 * the zone's purpose from the callee's parameter on (the contract's zone sink for a call).
 */
function enterZone(w: FunctionWalker, site: CallSite, fn: FunctionLike, args: Arguments): void {
  const zones = w.ctx.zonePaths;
  if (zones.length === 0) return;
  const callee = w.ctx.relativePath(fn.getSourceFile());
  const caller = w.ctx.relativePath(site.node.getSourceFile());
  if (!zones.some((inZone) => inZone(callee) && !inZone(caller))) return;
  parametersOf(fn).forEach((parameter, index) => {
    const value = collapse(parameter.dotDotDotToken ? joinAll(args.values.slice(index)) : (args.values[index] ?? Value.empty));
    if (value.isEmpty) return;
    const name = ts.isIdentifier(parameter.name) ? parameter.name.text : `#${index}`;
    const key = nodeAt(w.ctx, "ts-param", parameter, "zone-entry", { note: `enters ${qualifiedName(fn)}() as ${name}`, scope: qualifiedName(fn) });
    w.flowInto(value, key);
  });
}

/** Where a summary is instantiated: a call, or a property read / write that runs an accessor. */
export interface SummarySite {
  node: ts.Node;
  /** The callee as written, for notes. */
  text: string;
  isNew: boolean;
  /** `super(...)`: the base constructor's writes on `this` are the result. */
  isSuperCall?: boolean;
  /** The receiver expression (`users` in `users.add(u)`), whose static class selects heap nodes. */
  receiver?: ts.Expression;
}

/**
 * Applies a callee's summary at one call site: edges from the arguments' nodes to the sinks and
 * heap nodes the callee reaches, to this site's result (returned, thrown) nodes, and to the
 * callbacks it calls. Never an edge into the callee's own parameter nodes (context sensitivity).
 */
export function instantiate(
  w: FunctionWalker,
  site: SummarySite,
  fn: FunctionLike,
  summary: Summary,
  receiver: Value,
  args: Arguments,
  invoked: Set<number> = new Set(),
  /** Receives what a method writes on `this`, as values at this call site (not for `new` / `super`). */
  onThisWrites?: (writes: Value) => void,
): Value {
  const callResults = new Map<string, Value>();
  const defaults = new Map<number, Value>();
  // Which instances the receiver may be (its allocation site, its static class): their class
  // fields are their own. Asked only when the callee touches class fields.
  let instanceOf: Receiver | undefined | null = null;
  const instance = (): Receiver | undefined =>
    instanceOf !== null ? instanceOf : (instanceOf = site.isNew || site.isSuperCall ? undefined : receiverOf(w.ctx, receiver, site.receiver));
  const resolveBase = (base: InputBase, info?: InputInfo): Value => {
    if (base === "this") return receiver;
    if (typeof base === "string") return info?.captured ? w.read(info.captured, site.node) : Value.empty;
    const parameter = parametersOf(fn)[base];
    if (parameter?.dotDotDotToken) {
      const rest = args.values.slice(base);
      return Value.empty.withFields(new Map([[ANY_FIELD, joinAll(rest)], ...rest.map((v, i) => [String(i), v] as [string, Value])]));
    }
    const given = args.values[base] ?? Value.empty;
    const initializer = summary.defaults.get(base);
    const passed = argumentPassed(args, base);
    if (!initializer || passed === true) return given;
    let value = defaults.get(base);
    if (!value) {
      defaults.set(base, Value.empty); // a default that reads itself (through another) is not one
      value = translate(initializer, `default${base}`, () => `default of ${parameter?.name.getText() ?? `argument ${base}`} in ${callName}()`);
      defaults.set(base, value);
    }
    return passed === false ? value : join(given, value);
  };
  /** The class field `heap` as this receiver holds it, read down the rest of the input's path. */
  const heapAt = (heap: string, path: readonly string[]): Value => {
    let held = readInstanceHeap(w.ctx, heap, instance());
    for (const segment of path.slice(1)) {
      // The heap keeps a field's keys apart (heapWrite): its keys are those alone, not its values.
      held = segment === KEYS_FIELD ? (held.fields.get(KEYS_FIELD) ?? Value.empty) : w.readField(held, keyAtSite(w, segment, args), site.node);
    }
    return held;
  };
  const resolvePath = (base: InputBase, path: readonly string[], info?: InputInfo): Value => {
    if (path[0] === CALL_RESULT) return callResults.get(String(base)) ?? Value.empty;
    const root = resolveBase(base, info);
    let value = root;
    for (const segment of path) value = w.readField(value, keyAtSite(w, segment, args), site.node);
    if (base === "this" && info && path.length > 0 && !root.fields.has(path[0])) {
      // A receiver that does not know this field: what any method stored in it (the class heap).
      const heap = w.ctx.inputs.get(`${info.node.split("#")[0]}#this.${path[0]}`)?.heap;
      if (heap) value = join(value, heapAt(heap, path));
    } else if (base === "this" && info && path.length > 0) {
      // A receiver that knows the field: exact only if no method can have changed it since.
      const field = w.ctx.inputs.get(`${info.node.split("#")[0]}#this.${path[0]}`);
      if (field?.heap && !field.readonlyField) value = join(value, heapAt(field.heap, path));
    }
    // Read as a scalar in the callee: what is passed whole, none of its fields.
    if (info?.scalar) return w.asScalar(value);
    if (info?.except) {
      const fields = new Map(value.fields);
      for (const key of info.except) fields.delete(key);
      value = new Value(value.steps, value.origins, fields, value.input && w.exceptInput(value.input, info.except));
    }
    return value;
  };
  const resolveInput = (input: string, declared?: readonly LabelledField[], structured = false): Value => {
    const info = w.ctx.inputs.get(input);
    if (!info) return Value.empty;
    if (info.implicit) {
      // An input that decides a condition in the callee: what is passed for it, through a control edge.
      const passed = resolveInput(info.implicit.of, declared);
      return decidedInside(w.ctx, w.scope, site.node, info.removes ? sanitizeAt(w, site, passed, info.removes) : passed, input, callName);
    }
    let value = resolvePath(info.base, info.path, info);
    // The callee reads this input as a scalar: so does this call, of what it passes for it.
    if (w.ctx.graph.node(info.node).scalar) value = w.readAsScalar(value);
    // The callee reads a labelled property from this input itself: its own read is the source.
    if (info.covers) value = withoutTypeSources(w.ctx, value, info.covers);
    // Stored whole into a typed heap field (see FunctionWalker.heapWrite).
    if (declared) value = stripDeclared(w.ctx, value, declared);
    // Stored into a heap location field by field (see writeHeapValue), unless a sanitizer needs it whole.
    if (structured && !info.removes) return value;
    value = collapse(value);
    return info.removes ? sanitizeAt(w, site, value, info.removes) : value;
  };

  const callName = site.isNew ? `new ${site.text}` : site.text;
  /**
   * The labelled fields this call's own type gives its result (`path\0asset`): the walker labels
   * the result with them at this site, so the callee's typed sources at the same places are not
   * carried over. On a large codebase a node per call site and typed field path (`collection.
   * createdBy.email` of every returned Document) was most of the graph, and almost all dead.
   */
  let relabelled: Set<string> | undefined;
  const relabelledHere = (): Set<string> =>
    (relabelled ??= new Set(
      ts.isCallExpression(site.node) || ts.isNewExpression(site.node) ? w.typeLabelsOf(site.node).map((f) => `${f.path.join(".")}\u0000${f.mark.asset}`) : [],
    ));
  /** The steps of a result field without the typed sources the call site gives it again. */
  const withoutRelabelled = (inner: Value, path: readonly string[]): Value => {
    let dropped: Set<string> | undefined;
    let at: string | undefined; // the path, joined once and only when a step is a typed source
    for (const step of inner.steps) {
      const asset = w.ctx.typeSources.get(step);
      if (asset !== undefined && relabelledHere().has(`${(at ??= path.join("."))}\u0000${asset}`)) (dropped ??= new Set()).add(step);
    }
    return dropped ? inner.withSteps([...inner.steps].filter((step) => !dropped.has(step))) : inner;
  };
  /** A value of the callee (steps inside it, origins its inputs) as a value at this call site. */
  const translate = (inner: Value, detail: string, note: (path: string[]) => string, path: string[] = []): Value => {
    if (detail === RESULT && path.length > 0 && inner.steps.size > 0) inner = withoutRelabelled(inner, path);
    let out = inner.input ? resolvePath(inner.input.base, inner.input.path, w.ctx.inputs.get(inner.input.node)) : Value.empty;
    if (inner.input?.path[0] !== CALL_RESULT && inner.input && w.ctx.inputs.get(inner.input.node)?.covers) {
      out = withoutTypeSources(w.ctx, out, w.ctx.inputs.get(inner.input.node)!.covers!);
    }
    // Heap locations the callee read stay locations here: a field read of the result is then that field's.
    const { located, rest } = splitHeapSteps(w.ctx, inner.steps);
    if (located.length > 0) {
      out = new Value([...out.steps, ...located], out.origins, out.fields, out.input, out.fns);
      inner = inner.withSteps(rest);
    }
    // A field holding one typed source and nothing else is the same at every call site: that source
    // node stands for it here too (no node per call site and typed path).
    if (path.length > 0 && inner.origins.size === 0 && inner.steps.size === 1 && w.ctx.typeSources.has(inner.steps.values().next().value!)) {
      out = new Value([...out.steps, ...inner.steps], out.origins, out.fields, out.input, out.fns);
      inner = inner.withSteps([]);
    }
    if (inner.steps.size > 0 || inner.origins.size > 0) {
      const key = nodeAt(w.ctx, "ts-call", site.node, [detail, ...path].filter(Boolean).join("."), () => ({ note: note(path), scope: w.scope }));
      for (const step of inner.steps) {
        // An input of the callee used whole is resolved below, from what this site passes: an edge
        // from its node would bring in what every site passes (`this.value`'s class heap).
        if (!inner.origins.has(step) || !w.ctx.inputs.has(step)) w.ctx.addEdge(step, key, { kind: "data" });
      }
      const origins = new Set<string>();
      for (const input of inner.origins) {
        const value = resolveInput(input);
        for (const step of value.steps) w.ctx.addEdge(step, key, { kind: "summary", via: { from: input, to: summary.returnNode } });
        for (const origin of value.origins) origins.add(origin);
      }
      out = new Value([...out.steps, key], [...out.origins, ...origins], out.fields, out.input, out.fns);
    }
    // A function the callee returns or stores (a closure a factory makes) is that function here too.
    if (inner.fns) out = join(out, Value.ofFunctions(inner.fns));
    if (inner.fields.size > 0 && path.length < MAX_PATH) {
      // One map for all fields (a field at a time would copy the map once per field).
      const fields = new Map(out.fields);
      for (const [field, child] of inner.fields) fields.set(field, translate(child, detail, note, [...path, field]));
      out = out.withFields(fields);
    }
    return out;
  };

  // Callbacks the callee calls: bound to what is passed here, walked (or applied) per call site.
  for (const [fnInput, innerArgs] of summary.calls) {
    const info = w.ctx.inputs.get(fnInput);
    if (!info) continue;
    if (info.path.length > 0) {
      // A field of an input called (`options.onDone(x)`): runs what this call site put there, if functions.
      const held = info.base === "this" ? Value.empty : resolvePath(info.base, info.path, info);
      if (!held.fns) continue;
      const params = innerArgs.map((arg, i) => translate(arg, `callback${String(info.base)}.${info.path.join(".")}.arg${i}`, () => `passed to a callback by ${callName}()`));
      for (const target of held.fns) applyFunction(w, site, target, [...boundArguments(held), ...params]);
      continue;
    }
    const params = innerArgs.map((arg, i) => translate(arg, `callback${String(info.base)}.arg${i}`, () => `passed to a callback by ${callName}()`));
    callResults.set(String(info.base), callFunctionValue(w, site, info, args, params, invoked, resolveBase));
  }

  for (const [recorded, inputs] of summary.effects) {
    const { target, effectTarget, deferTo } = effectPlace(w, recorded, receiver, instance, resolvePath);
    const declared = w.ctx.heapFields.get(effectTarget);
    const heap = target.startsWith("ts-heap:");
    for (const input of inputs) {
      if (heap) storeResolvedFunctions(w, effectTarget, input, resolvePath);
      // Stored into a typed heap node: the labels its type declares where the input lands are left out (see heapWrite).
      const storedAt = declared?.length ? w.ctx.heapInputPaths.get(`${effectTarget}\u0000${input}`) : undefined;
      const below = storedAt ? declaredBelow(declared!, storedAt) : [];
      // A field written back whole (`this.cache.set(k, v)` stores the map again): its own keys stay in their node.
      const ownKeys = w.ctx.heapKeys.get(effectTarget);
      const write = (value: Value, to: string): void => {
        for (const step of value.steps) if (step !== ownKeys) w.ctx.addEdge(step, to, { kind: "summary", via: { from: input, to } });
        if (value.input) w.ctx.addEdge(value.input.node, to, { kind: "summary", via: { from: input, to } });
        w.addEffect(deferTo ? deferTo() : to, value.input ? [...value.origins, value.input.node] : value.origins, deferTo !== undefined);
      };
      if (w.ctx.heapBase.has(target)) writeHeapValue(w.ctx, resolveInput(input, below.length > 0 ? below : undefined, true), target, write);
      else write(below.length > 0 ? resolveInput(input, below) : resolveInput(input), target);
    }
  }

  const thrown = summary.thrown.isEmpty ? Value.empty : translate(summary.thrown, "thrown", () => `thrown by ${callName}()`);
  // An async function's throw rejects the promise it returns (see `await`, `.catch`).
  const isAsync = (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async) !== 0;
  if (!isAsync) w.addThrown(thrown);
  if (onThisWrites && !site.isNew && !site.isSuperCall && !summary.thisWrites.isEmpty) {
    // Only into readonly fields (`private readonly entries = new Map()`): a call site reads those
    // exactly from an instance that knows them; other fields are read with the class heap anyway.
    const readonly = readonlyFieldsOf(fn);
    const fields = new Map([...summary.thisWrites.fields].filter(([name]) => readonly.has(name)));
    if (fields.size > 0) onThisWrites(translate(Value.empty.withFields(fields), "this", (path) => `stored in ${["this", ...path].join(".")} by ${callName}()`));
  }
  const result = translate(site.isNew || site.isSuperCall ? summary.thisWrites : summary.ret, RESULT, (path) => `returned by ${callName}()${path.length ? ` in field ${path.join(".")}` : ""}`);
  return isAsync && !thrown.isEmpty ? result.withField(REJECTED_FIELD, join(result.fields.get(REJECTED_FIELD) ?? Value.empty, thrown)) : result;
}

/** The detail of the nodes a call site's result is translated into (the result itself: none). */
const RESULT = "";

/** Marks an effect whose class-field location belongs to the instance a callee input holds. */
const RELATIVE = "instance-of:";

/**
 * Where a callee's heap effect lands at this call site. A class field written through the
 * receiver goes to the receiver's instance or subclass node when the receiver says which. When
 * the receiver is a field of this function's `this` (`this.cardHint.set(v)` in a method), the
 * instance is known only to this function's callers: the effect is recorded relative to that
 * input (`deferTo`), and each caller resolves it from the receiver it passes.
 */
function effectPlace(
  w: FunctionWalker,
  recorded: string,
  receiver: Value | undefined,
  instance: () => Receiver | undefined,
  resolvePath: (base: InputBase, path: readonly string[], info?: InputInfo) => Value,
): { target: string; effectTarget: string; deferTo?: () => string } {
  let effectTarget = recorded;
  let holder: Value | undefined = receiver;
  let known = instance;
  let held: string | undefined;
  if (recorded.startsWith(RELATIVE)) {
    const at = recorded.indexOf("|");
    effectTarget = recorded.slice(at + 1);
    const inputNode = recorded.slice(RELATIVE.length, at);
    const info = w.ctx.inputs.get(inputNode);
    holder = info ? resolvePath(info.base, info.path, info) : undefined;
    known = () => receiverOf(w.ctx, holder, undefined);
    held = holdingNode(w, effectTarget, inputNode);
  }
  const place = (target: string, deferTo?: () => string) => {
    // What the callee itself stored for that input (its own sources) goes where the effect lands.
    if (held) w.ctx.addEdge(held, target, { kind: "data" });
    return { target, effectTarget, deferTo };
  };
  if (!w.ctx.classHeapDirect.has(effectTarget)) return place(effectTarget);
  const mapped = instanceHeap(w.ctx, effectTarget, known());
  if (mapped !== effectTarget) return place(mapped);
  // A receiver that is a field of `this` (an object built of instances): its callers know the
  // instance. A parameter's instance is left to the class's node.
  const input = holder?.input;
  if (input && input.base === "this" && input.path.length > 0 && holder!.steps.size === 0) {
    const holding = holdingNode(w, effectTarget, input.node);
    return place(holding, () => `${RELATIVE}${input.node}|${effectTarget}`);
  }
  return place(effectTarget);
}

/** The node holding what a function stored in a class field through one of its inputs, until a caller says which instance. */
function holdingNode(w: FunctionWalker, location: string, inputNode: string): string {
  const key = `${location}@via:${inputNode}`;
  if (!w.ctx.graph.hasNode(key)) w.ctx.graph.addNode(key, { ...w.ctx.graph.node(location) });
  return key;
}

/**
 * The functions a callee's input holds at this call site, when the callee stores the input in a
 * heap location (`this.listeners.push(listener)`): recorded there, so readers of it run them.
 */
function storeResolvedFunctions(
  w: FunctionWalker,
  target: string,
  input: string,
  resolvePath: (base: InputBase, path: readonly string[], info?: InputInfo) => Value,
): void {
  const info = w.ctx.inputs.get(input);
  if (!info || info.base === "this" || info.path[0] === CALL_RESULT) return;
  const value = resolvePath(info.base, info.path, info);
  if (!value.holdsFunctions) return;
  const home = functionsHome(w.ctx, target);
  w.storeFunctions(home.key, home.path, Value.ofFunctions(allFunctions(value)));
}

const readonlyFields = new WeakMap<ts.Node, Set<string>>();

/** The readonly instance fields (declared or parameter properties) of the class a method belongs to. */
function readonlyFieldsOf(fn: FunctionLike): Set<string> {
  const cls = fn.parent;
  if (!ts.isClassLike(cls)) return new Set();
  let names = readonlyFields.get(cls);
  if (names) return names;
  names = new Set();
  const isReadonly = (node: ts.Declaration): boolean => (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Readonly) !== 0;
  for (const member of cls.members) {
    if (ts.isPropertyDeclaration(member) && isReadonly(member) && ts.isIdentifier(member.name)) names.add(member.name.text);
    if (ts.isConstructorDeclaration(member)) {
      for (const parameter of member.parameters) if (isReadonly(parameter) && ts.isIdentifier(parameter.name)) names.add(parameter.name.text);
    }
  }
  readonlyFields.set(cls, names);
  return names;
}

/**
 * Whether a call passes argument `index`: false when it is omitted or `undefined` (the
 * parameter's default applies), undefined when a spread may or may not fill it.
 */
function argumentPassed(args: Arguments, index: number): boolean | undefined {
  if (args.expressions.length === 0) return args.values.length > index;
  const expression = args.expressions[index];
  if (!expression) return false;
  if (ts.isSpreadElement(expression)) return undefined;
  const inner = skipOuter(expression);
  if ((ts.isIdentifier(inner) && inner.text === "undefined") || ts.isVoidExpression(inner)) return false;
  return true;
}

/** A path segment of a callee's input as a field name here: a key parameter becomes the field its argument names. */
function keyAtSite(w: FunctionWalker, segment: string, args: Arguments): string {
  const index = parameterKeyIndex(segment);
  if (index === undefined) return segment;
  const expression = args.expressions[index];
  if (!expression || ts.isSpreadElement(expression)) return ANY_FIELD;
  return constantKey(w.ctx.checker, expression) ?? w.keyParameter(expression) ?? ANY_FIELD;
}

/** Runs the function value a callee calls (its parameter `info.base`) with `params`, here. */
function callFunctionValue(
  w: FunctionWalker,
  site: SummarySite,
  info: InputInfo,
  args: Arguments,
  params: Value[],
  invoked: Set<number>,
  resolveBase: (base: InputBase, info?: InputInfo) => Value,
): Value {
  if (typeof info.base === "number") {
    const inline = args.callbacks.get(info.base);
    if (inline) {
      invoked.add(info.base);
      return applyFunction(w, site, inline, params);
    }
    const expression = args.expressions[info.base];
    const sanitized = expression && site instanceof CallSite ? sanitizedReference(w, site, expression, params) : undefined;
    if (sanitized) return sanitized;
    const targets = expression ? functionsOf(w.ctx, expression) : [];
    if (targets.length > 0) return joinAll(targets.map((target) => applyFunction(w, site, target, params)));
  }
  const value = info.base === "this" ? Value.empty : resolveBase(info.base, info);
  // A function value the caller holds (a handler it read from a list, a bound function).
  if (value.fns) return joinAll(value.fns.map((target) => applyFunction(w, site, target, [...boundArguments(value), ...params])));
  // The function value is an input of the caller too: the caller's summary says it calls it.
  if (value.input && value.input.path.length === 0 && value.input.base !== "this") {
    w.recordCall(value.input, params);
    return w.inputValue(value.input.base, [CALL_RESULT], site.node);
  }
  // Nothing known about the function: it returns what it is given, as unknown code does.
  return collapse(joinAll([value, ...params]));
}

/** The getter or setter (with a body in the scanned code) a property access runs, if any. */
export function accessorOf(
  ctx: FunctionWalker["ctx"],
  access: ts.PropertyAccessExpression,
  kind: ts.SyntaxKind.GetAccessor | ts.SyntaxKind.SetAccessor,
): FunctionLike | undefined {
  const symbol = ctx.checker.getSymbolAtLocation(access.name);
  if (!symbol || !(symbol.flags & ts.SymbolFlags.Accessor)) return undefined;
  return symbol.declarations?.find(
    (d): d is ts.GetAccessorDeclaration | ts.SetAccessorDeclaration => d.kind === kind && (d as ts.AccessorDeclaration).body !== undefined && !d.getSourceFile().isDeclarationFile,
  );
}

/** Runs an accessor's summary where the property is read (`args` empty) or written (`[value]`). */
export function runAccessor(w: FunctionWalker, access: ts.PropertyAccessExpression, fn: FunctionLike, receiver: Value, args: Value[]): Value {
  const summary = w.ctx.summaryOf(fn, w.root);
  if (!summary) return Value.empty;
  const text = access.getText();
  const site: SummarySite = { node: access, text: text.length > 60 ? `${text.slice(0, 57)}…` : text, isNew: false };
  return instantiate(w, site, fn, summary, receiver, { values: args, expressions: [], callbacks: new Map() });
}

/**
 * A function passed by reference that a sanitizer rule names (`emails.map(hashEmail)`): what it is
 * called with comes back without the rule's labels. Undefined when no rule names it.
 */
export function sanitizedReference(w: FunctionWalker, call: CallSite, expression: ts.Expression, params: Value[]): Value | undefined {
  const inner = skipOuter(expression);
  if (!ts.isIdentifier(inner) && !ts.isPropertyAccessExpression(inner)) return undefined;
  const reference = new CallSite(w.ctx, call.node, inner);
  if (!w.ctx.rules.sanitizers.has(reference.name)) return undefined;
  const rule = w.ctx.rules.sanitizers.get(reference.name)?.find((r) => reference.matches(r));
  if (!rule) return undefined;
  const input = collapse(joinAll(params));
  if (input.isEmpty) return Value.empty;
  const key = nodeAt(w.ctx, "ts-call", call.node, `sanitized:${reference.text}`, {
    note: `sanitized by ${reference.text}() (removes ${rule.removes.join(", ")})`,
    removes: [...rule.removes].sort(),
    scope: w.scope,
  });
  w.linkInto(input, key);
  return new Value([key], [...input.origins].map((o) => sanitizedInput(w, o, rule.removes)));
}

/** Calls a function value (found by reference) with these arguments at this site. */
export function applyFunction(w: FunctionWalker, site: SummarySite, fn: FunctionLike, params: Value[], receiver: Value = Value.empty): Value {
  if (isInlineCallback(fn) && fn.pos >= w.root.pos && fn.end <= w.root.end) return w.inlineCallback(fn, params);
  const summary = w.ctx.summaryOf(fn, w.root);
  if (!summary) return collapse(joinAll(params));
  return instantiate(w, site, fn, summary, receiver, { values: params, expressions: [], callbacks: new Map() });
}


/** A sanitizer inside a callee, applied at this call site to what the caller passed. */
function sanitizeAt(w: FunctionWalker, site: SummarySite, value: Value, removes: string[]): Value {
  if (value.isEmpty) return value;
  const key = nodeAt(w.ctx, "ts-call", site.node, `sanitized:${removes.join(",")}`, {
    note: `sanitized inside ${site.text}() (removes ${removes.join(", ")})`,
    removes,
    scope: w.scope,
  });
  for (const step of value.steps) w.ctx.addEdge(step, key, { kind: "data" });
  return new Value(value.steps.size ? [key] : [], [...value.origins].map((o) => sanitizedInput(w, o, removes)));
}

/**
 * The input key that stands for `input` with some labels removed on the way (a sanitizer in a
 * summary): call sites resolve it through a node that removes them.
 */
export function sanitizedInput(w: FunctionWalker, input: string, removes: readonly string[]): string {
  const info = w.ctx.inputs.get(input);
  if (!info) return input;
  const all = [...new Set([...(info.removes ?? []), ...removes])].sort();
  const base = input.replace(/#removes:.*$/, "");
  const key = `${base}#removes:${all.join(",")}`;
  if (!w.ctx.inputs.has(key)) w.ctx.inputs.set(key, { ...info, node: base, removes: all });
  return key;
}

// ---------------------------------------------------------------- sinks

function sinkHits(w: FunctionWalker, site: CallSite): SinkHit[] {
  const hits: SinkHit[] = [];
  for (const rule of w.ctx.rules.sinkCalls.get(site.name) ?? []) {
    if (site.matches(rule)) hits.push(fromRule(rule));
  }
  if (hits.length > 0) return hits;
  const catalogHit = catalogSink(w, site);
  return catalogHit ? [catalogHit] : [];
}

function fromRule(rule: SinkCallRule): SinkHit {
  return { purpose: rule.purpose, asset: rule.asset, args: rule.args, rule: rule.origin };
}

function catalogSink(w: FunctionWalker, site: CallSite): SinkHit | undefined {
  const rules = w.ctx.rules;
  const root = site.rootIdentifier;
  // Globals: console.log, fetch, gtag — only when not declared in the scanned code.
  const globalEntries = root ? rules.catalogGlobals.get(root.text) : undefined;
  if (globalEntries && site.isGlobalRoot) {
    for (const entry of globalEntries) {
      const sink = entry.sinks.find((s) => s.calls.includes(site.name) || s.calls.includes("*"));
      if (sink) return catalogHit(w, site, entry, sink, root!.text);
    }
  }
  const origin = site.origin;
  if (!origin) return undefined;
  const candidates = [
    ...(rules.catalogByName.get(site.name) ?? []).filter(({ call }) => !call.includes(".") || site.text.endsWith(call)),
    ...rules.catalogAnyCall.map(({ entry, sink }) => ({ entry, sink, call: "*" })),
  ];
  for (const { entry, sink } of candidates) {
    if ((entry.modules ?? []).some((m) => moduleMatches(origin.module, m))) return catalogHit(w, site, entry, sink, origin.module);
  }
  return undefined;
}

function catalogHit(w: FunctionWalker, site: CallSite, entry: CatalogEntry, sink: CatalogSink, base: string): SinkHit | undefined {
  if (sink.urlArg !== undefined && isFirstParty(w, site, sink)) return undefined;
  const members = site.origin?.module === base ? site.origin.members.filter((m) => m !== "default") : [];
  const asset = site.receiver || members.length ? [base, ...members, site.name].filter(Boolean).join(".") : base === site.name ? base : `${base}.${site.name}`;
  return { purpose: entry.purpose, asset: dedupeDots(asset), args: sink.args, rule: `catalog:${entry.id}` };
}

function dedupeDots(asset: string): string {
  const parts = asset.split(".");
  return parts.filter((part, i) => i === 0 || part !== parts[i - 1]).join(".");
}

/** A relative URL, or one on a host listed in `firstPartyHosts`, is not third party. */
function isFirstParty(w: FunctionWalker, site: CallSite, sink: CatalogSink): boolean {
  const args = ts.isTaggedTemplateExpression(site.node) ? [] : (site.node.arguments ?? []);
  const url = constantPrefix(w.ctx.checker, args[sink.urlArg ?? 0]);
  let base: string | undefined;
  const factory = site.origin?.factory;
  if (sink.baseUrlOption && factory && factory.arguments?.[0] && ts.isObjectLiteralExpression(factory.arguments[0])) {
    const option = factory.arguments[0].properties.find(
      (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === sink.baseUrlOption,
    );
    base = option ? constantPrefix(w.ctx.checker, option.initializer) : undefined;
    if (option && base === undefined) return false; // a base URL that cannot be resolved counts as third party
  }
  const full = url !== undefined && /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : base !== undefined ? `${base}${url ?? ""}` : url;
  if (full === undefined) return false;
  if (full.startsWith("/") || full.startsWith(".") || full.startsWith("?")) return true;
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(full)?.[1]?.toLowerCase();
  if (!host) return false;
  const firstParty = (w.ctx.config.firstPartyHosts ?? []).map((h) => h.toLowerCase());
  return firstParty.some((h) => host === h || host.endsWith(`.${h}`) || (h.startsWith("*.") && host.endsWith(h.slice(1))));
}

/** The constant text a URL expression starts with (a literal, a template's head, a const). */
function constantPrefix(checker: ts.TypeChecker, expression: ts.Expression | undefined, depth = 0): string | undefined {
  if (!expression || depth > 4) return undefined;
  const node = skipOuter(expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text || (depth === 0 ? constantPrefix(checker, node.templateSpans[0]?.expression, depth + 1) : undefined);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) return constantPrefix(checker, node.left, depth + 1);
  if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) {
    const declaration = resolveConst(checker, node);
    return declaration ? constantPrefix(checker, declaration, depth + 1) : undefined;
  }
  return undefined;
}

/** The initializer of the `const` (or readonly property) a name refers to, in any scanned module. */
function resolveConst(checker: ts.TypeChecker, name: ts.Identifier | ts.PropertyAccessExpression): ts.Expression | undefined {
  let symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(name) ? name.name : name);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration;
  if (!declaration || !("initializer" in declaration) || !declaration.initializer) return undefined;
  if (ts.isVariableDeclaration(declaration)) return ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const ? declaration.initializer : undefined;
  if (ts.isPropertyDeclaration(declaration) || ts.isPropertyAssignment(declaration)) return declaration.initializer;
  return undefined;
}

function emitSink(w: FunctionWalker, site: CallSite, args: Arguments, hit: SinkHit): void {
  // The site's order counts every sink call of the function, whatever data it carries, so the
  // site (and the flow's id) stays the same when data elsewhere changes or a summary is refined.
  const siteId = w.siteOf(site.node, hit.asset);
  const positions = hit.args ?? args.values.map((_, i) => i);
  for (const index of positions) {
    const expression = args.expressions[index];
    const value = args.values[index];
    if (!expression || !value) continue;
    const carried = collapse(value);
    if (carried.isEmpty) continue;
    const key = nodeAt(w.ctx, "ts-sink", expression, hit.purpose, {
      note: `passed to ${site.text}() (${hit.purpose})`,
      scope: w.scope,
    });
    w.ctx.graph.addSink(key, { purpose: hit.purpose, kind: "call", asset: hit.asset, site: siteId, rule: hit.rule });
    w.flowInto(carried, key);
  }
}
