import { ts } from "ts-morph";
import type { CatalogEntry, CatalogSink } from "../../catalog/index.js";
import { applyBuiltin } from "./builtins.js";
import { CallSite } from "./call-site.js";
import { type FunctionLike, isFunctionLike, nodeAt, qualifiedName, type Summary } from "./context.js";
import { embeddedQuery } from "./embedded-sql.js";
import { moduleMatches, skipOuter } from "./origins.js";
import type { SinkCallRule } from "./rules.js";
import { literalKey, type FunctionWalker } from "./walker.js";
import { ANY_FIELD, collapse, join, joinAll, Value } from "./value.js";

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
  const site = new CallSite(w.ctx, node);
  const receiver = site.receiver ? w.expression(site.receiver) : undefined;
  if (!site.receiver && !ts.isIdentifier(site.callee) && site.callee.kind !== ts.SyntaxKind.SuperKeyword) w.expression(site.callee);
  const args = evaluateArguments(w, node.arguments ?? ts.factory.createNodeArray());
  return callResult(w, site, receiver, args);
}

export function evaluateTaggedTemplate(w: FunctionWalker, node: ts.TaggedTemplateExpression): Value {
  const site = new CallSite(w.ctx, node);
  const receiver = site.receiver ? w.expression(site.receiver) : undefined;
  const holes = ts.isTemplateExpression(node.template) ? node.template.templateSpans.map((s) => s.expression) : [];
  const args: Arguments = { values: holes.map((h) => w.expression(h)), expressions: holes, callbacks: new Map() };
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
      return Value.empty;
    }
    return w.expression(expression);
  });
  return { values, expressions, callbacks };
}

function callResult(w: FunctionWalker, site: CallSite, receiver: Value | undefined, args: Arguments): Value {
  const rules = w.ctx.rules;
  const mentioned = rules.mentions(site.name) || rules.catalogAnyCall.length > 0;

  const sanitizer = mentioned ? rules.sanitizers.get(site.name)?.find((r) => site.matches(r)) : undefined;
  const sinks = mentioned ? sinkHits(w, site) : [];

  let result: Value;
  const query = mentioned || site.name ? embeddedQuery(w, site, args) : undefined;
  if (sanitizer) {
    walkCallbacks(w, args, []);
    const input = collapse(joinAll([receiver ?? Value.empty, ...args.values]));
    const key = nodeAt(w.ctx, "ts-call", site.node, "sanitized", {
      note: `sanitized by ${site.text}() (removes ${sanitizer.removes.join(", ")})`,
      removes: [...sanitizer.removes].sort(),
      scope: w.scope,
    });
    w.flowInto(input, key);
    result = input.isEmpty ? Value.empty : new Value([key], input.origins);
  } else if (query) {
    result = query;
  } else if (site.functions.length > 0) {
    result = userCall(w, site, receiver, args);
  } else {
    result = applyBuiltin(w, site, receiver, args) ?? unknownCall(w, site, receiver, args);
  }

  for (const hit of sinks) emitSink(w, site, args, hit);

  if (mentioned) {
    for (const rule of rules.sourceCalls.get(site.name) ?? []) {
      if (!site.matches(rule)) continue;
      result = join(result, w.sourceAt(site.node, rule.label, rule.kind, rule.asset, `returned by ${site.text}()`));
    }
  }
  return result;
}

/** A call into code with no body to analyse: its result carries its receiver's and arguments' data. */
function unknownCall(w: FunctionWalker, site: CallSite, receiver: Value | undefined, args: Arguments): Value {
  const returned = walkCallbacks(w, args, []);
  const input = collapse(joinAll([receiver ?? Value.empty, ...args.values, returned]));
  if (input.isEmpty) return Value.empty;
  const key = nodeAt(w.ctx, "ts-call", site.node, "", { note: `result of ${site.text}()`, scope: w.scope });
  w.flowInto(input, key);
  return new Value([key], input.origins);
}

/** Walks each in-place callback with parameters bound to `params`; returns what they return. */
export function walkCallbacks(w: FunctionWalker, args: Arguments, params: Value[]): Value {
  let returned = Value.empty;
  for (const [, fn] of [...args.callbacks].sort(([a], [b]) => a - b)) returned = join(returned, w.inlineCallback(fn, params));
  return returned;
}

/** Instantiates the summaries of the functions a call may run, at this call site. */
function userCall(w: FunctionWalker, site: CallSite, receiver: Value | undefined, args: Arguments): Value {
  const returned = walkCallbacks(w, args, []);
  let result = Value.empty;
  for (const fn of site.functions) {
    enterZone(w, site, fn, args);
    const summary = w.ctx.summaryOf(fn, w.root);
    if (!summary) continue;
    result = join(result, instantiate(w, site, fn, summary, receiver ?? Value.empty, args));
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
  fn.parameters.forEach((parameter, index) => {
    const value = collapse(parameter.dotDotDotToken ? joinAll(args.values.slice(index)) : (args.values[index] ?? Value.empty));
    if (value.isEmpty) return;
    const name = ts.isIdentifier(parameter.name) ? parameter.name.text : `#${index}`;
    const key = nodeAt(w.ctx, "ts-param", parameter, "zone-entry", { note: `enters ${qualifiedName(fn)}() as ${name}`, scope: qualifiedName(fn) });
    w.flowInto(value, key);
  });
}

function instantiate(w: FunctionWalker, site: CallSite, fn: FunctionLike, summary: Summary, receiver: Value, args: Arguments): Value {
  const resolveBase = (base: number | "this"): Value => {
    if (base === "this") return receiver;
    const parameter = fn.parameters[base];
    if (parameter?.dotDotDotToken) {
      const rest = args.values.slice(base);
      return Value.empty.withFields(new Map([[ANY_FIELD, joinAll(rest)], ...rest.map((v, i) => [String(i), v] as [string, Value])]));
    }
    return args.values[base] ?? Value.empty;
  };
  const resolvePath = (base: number | "this", path: readonly string[], at: ts.Node): Value => {
    let value = resolveBase(base);
    for (const segment of path) value = w.readField(value, segment, at);
    return value;
  };
  const resolveInput = (input: string): Value => {
    const info = w.ctx.inputs.get(input);
    return info ? collapse(resolvePath(info.base, info.path, site.node)) : Value.empty;
  };

  for (const [target, inputs] of summary.effects) {
    for (const input of inputs) {
      const value = resolveInput(input);
      for (const step of value.steps) w.ctx.graph.addEdge(step, target, { kind: "summary", via: { from: input, to: target } });
      w.addEffect(target, value.origins);
    }
  }

  const callName = site.isNew ? `new ${site.text}` : site.text;
  const build = (returned: Value, path: string[]): Value => {
    let out = returned.input ? resolvePath(returned.input.base, returned.input.path, site.node) : Value.empty;
    if (returned.steps.size > 0 || returned.origins.size > 0) {
      const key = nodeAt(w.ctx, "ts-call", site.node, path.join("."), {
        note: `returned by ${callName}()${path.length ? ` in field ${path.join(".")}` : ""}`,
        scope: w.scope,
      });
      for (const step of returned.steps) w.ctx.graph.addEdge(step, key, { kind: "data" });
      const origins = new Set<string>();
      for (const input of returned.origins) {
        const value = resolveInput(input);
        for (const step of value.steps) w.ctx.graph.addEdge(step, key, { kind: "summary", via: { from: input, to: summary.returnNode } });
        for (const origin of value.origins) origins.add(origin);
      }
      out = new Value([...out.steps, key], [...out.origins, ...origins], out.fields, out.input);
    }
    for (const [field, child] of returned.fields) {
      if (path.length >= 4) break;
      out = out.withField(field, build(child, [...path, field]));
    }
    return out;
  };
  return build(site.isNew ? summary.thisWrites : summary.ret, []);
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
  const url = constantPrefix(args[sink.urlArg ?? 0]);
  let base: string | undefined;
  const factory = site.origin?.factory;
  if (sink.baseUrlOption && factory && factory.arguments?.[0] && ts.isObjectLiteralExpression(factory.arguments[0])) {
    const option = factory.arguments[0].properties.find(
      (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === sink.baseUrlOption,
    );
    base = option ? constantPrefix(option.initializer) : undefined;
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
function constantPrefix(expression: ts.Expression | undefined, depth = 0): string | undefined {
  if (!expression || depth > 4) return undefined;
  const node = skipOuter(expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text || (depth === 0 ? constantPrefix(node.templateSpans[0]?.expression, depth + 1) : undefined);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) return constantPrefix(node.left, depth + 1);
  if (ts.isIdentifier(node)) {
    const declaration = resolveConst(node);
    return declaration ? constantPrefix(declaration, depth + 1) : undefined;
  }
  return undefined;
}

function resolveConst(identifier: ts.Identifier): ts.Expression | undefined {
  // Same-file `const API = "https://…"` without a checker round trip: walk up to find the declaration.
  const sf = identifier.getSourceFile();
  let found: ts.Expression | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === identifier.text && node.initializer) {
      if (ts.isVariableDeclarationList(node.parent) && node.parent.flags & ts.NodeFlags.Const) found = node.initializer;
    }
  };
  for (const statement of sf.statements) {
    if (ts.isVariableStatement(statement)) statement.declarationList.declarations.forEach(visit);
  }
  return found;
}

function emitSink(w: FunctionWalker, site: CallSite, args: Arguments, hit: SinkHit): void {
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
    w.ctx.graph.addSink(key, { purpose: hit.purpose, kind: "call", asset: hit.asset, site: w.siteOf(site.node, hit.asset), rule: hit.rule });
    w.flowInto(carried, key);
  }
  // A spread argument (`track(...items)`) fills the positions from its own onwards.
  void literalKey;
}
