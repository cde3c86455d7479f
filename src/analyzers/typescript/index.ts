import path from "node:path";
import TinyQueue from "tinyqueue";
import { ts } from "ts-morph";
import type { CatalogEntry } from "../../catalog/index.js";
import type { LineageConfig } from "../../config/types.js";
import type { Diagnostic } from "../../diagnostics.js";
import type { LineageGraph } from "../../graph/lineage-graph.js";
import { annotationValues, mayHoldAnnotations } from "./annotations.js";
import { type FunctionLike, isFunctionLike, isInlineCallback, positionOf, qualifiedName, type ScanContext, type Summary } from "./context.js";
import type { EmbeddedSql } from "./embedded-sql.js";
import { edgeTarget } from "./instances.js";
import { OwnerKeys } from "./owners.js";
import { OriginResolver } from "./origins.js";
import { describeFailure, loadProgram } from "./program.js";
import { RuleIndex } from "./rules.js";
import { matchesPath } from "../../config/match.js";
import { TypeFacts } from "./type-facts.js";
import { FunctionWalker, functionName, joinSummaries, ownerClassName, sameEffects, sameSummaryValues } from "./walker.js";

export type { EmbeddedSql, EmbeddedSqlResult } from "./embedded-sql.js";

export interface TypeScriptInput {
  /** Absolute scan root; paths in the graph are relative to it. */
  root: string;
  /** Absolute paths of the files to analyse. */
  files: string[];
  tsconfig?: string;
  config: LineageConfig;
  catalog: readonly CatalogEntry[];
  graph: LineageGraph;
  embeddedSql: EmbeddedSql;
}

/** Analyses of one function after which its summary is widened (joined with the previous one). */
const WIDEN_AFTER = 2;
/** Analyses of one function after which a change no longer re-analyses its callers (a safety net). */
const MAX_ANALYSES = 40;

/** Nested on-demand summaries deeper than this wait for the worklist instead (keeps the stack shallow). */
const MAX_NESTED_SUMMARIES = 40;

/**
 * Analyses TypeScript (and JavaScript) files into the lineage graph: every function once, with
 * its inputs symbolic, bottom-up over calls, iterating recursive calls to a fixed point; module
 * code first. Returns diagnostics; never throws for a problem in one file or function.
 */
export function analyzeTypeScript(input: TypeScriptInput): Diagnostic[] {
  const loaded = loadProgram({ root: input.root, files: input.files, tsconfig: input.tsconfig, allowJs: input.config.allowJs });
  const diagnostics = [...loaded.diagnostics];
  const rules = new RuleIndex(input.config, input.catalog);
  const types = new TypeFacts(loaded.checker, rules);
  const functions: FunctionLike[] = [];
  const relativePaths = new WeakMap<ts.SourceFile, string>();
  const relativePath = (sf: ts.SourceFile): string => {
    // Asked for every node the walk creates: compute each file's relative path once.
    let rel = relativePaths.get(sf);
    if (rel === undefined) relativePaths.set(sf, (rel = relative(input.root, sf.fileName)));
    return rel;
  };
  const owners = new OwnerKeys(relativePath);

  for (const sf of loaded.sourceFiles) {
    try {
      collectDeclarations(sf, functions, types, rules, owners);
    } catch (error) {
      diagnostics.push({ file: relative(input.root, sf.fileName), line: 1, severity: "error", message: `could not analyse: ${describeFailure(error)}` });
    }
  }

  const summaries = new Map<FunctionLike, Summary>();
  const callers = new Map<FunctionLike, Set<FunctionLike | ts.SourceFile>>();
  /** Callers that asked for a function's summary before it had one. */
  const waiting = new Map<FunctionLike, Set<FunctionLike | ts.SourceFile>>();
  const inProgress = new Set<FunctionLike>();
  // Analysed again in the order they were first finished (callees before their callers): a callee
  // that changes several times is settled before the callers that read it are walked again.
  const finished = new Map<FunctionLike | ts.SourceFile, number>();
  const rank = (item: FunctionLike | ts.SourceFile): number => finished.get(item) ?? Number.MAX_SAFE_INTEGER;
  const byRank = (a: FunctionLike | ts.SourceFile, b: FunctionLike | ts.SourceFile): number => rank(a) - rank(b);
  // Callers whose callee's values changed, and callers whose callee only reaches new nodes: their
  // values stay the same, so they wait until the values settle and are walked once for many such changes.
  const queue = new TinyQueue<FunctionLike | ts.SourceFile>([], byRank);
  const queued = new Set<FunctionLike | ts.SourceFile>();
  const effectQueue = new TinyQueue<FunctionLike | ts.SourceFile>([], byRank);
  const effectQueued = new Set<FunctionLike | ts.SourceFile>();
  const failed = new Set<FunctionLike | ts.SourceFile>();
  let nesting = 0;
  const analyses = new Map<FunctionLike, number>();

  const ctx: ScanContext = {
    root: input.root,
    config: input.config,
    graph: input.graph,
    checker: loaded.checker,
    rules,
    types,
    owners,
    origins: new OriginResolver(loaded.checker),
    embeddedSql: input.embeddedSql,
    diagnostics,
    inputs: new Map(),
    typeSources: new Map(),
    typeLabelsAt: new Map(),
    classHeapDirect: new Map(),
    allocations: new Map(),
    heapKeys: new Map(),
    heapFieldOf: new Map(),
    heapDepth: new Map(),
    heapBase: new Map(),
    heapParent: new Map(),
    heapDirectOf: new Map(),
    heapFields: new Map(),
    heapInputPaths: new Map(),
    capturedWrites: new Set(),
    capturedReads: new Set(),
    heapFunctions: new Map(),
    heapFunctionReaders: new Map(),
    requeue: (fn) => enqueue(fn),
    zonePaths: (input.config.zones ?? []).filter((z) => z.paths?.length).map((z) => (file: string) => matchesPath(z.paths!, file)),
    relativePath,
    addEdge(from, to, attributes) {
      input.graph.addEdge(from, edgeTarget(ctx, to), attributes);
    },
    summaryOf(fn, caller) {
      let dependents = callers.get(fn);
      if (!dependents) callers.set(fn, (dependents = new Set()));
      dependents.add(caller);
      const known = summaries.get(fn);
      if (known) return known;
      if (!inProgress.has(fn) && !failed.has(fn) && nesting < MAX_NESTED_SUMMARIES) {
        nesting++;
        try {
          analyze(fn);
        } finally {
          nesting--;
        }
      }
      const summary = summaries.get(fn);
      // Walked without the callee's summary: walked again once the callee has one.
      if (!summary) {
        let callersWaiting = waiting.get(fn);
        if (!callersWaiting) waiting.set(fn, (callersWaiting = new Set()));
        callersWaiting.add(caller);
      }
      return summary;
    },
  };

  const enqueue = (item: FunctionLike | ts.SourceFile, valuesChanged = true): void => {
    if (queued.has(item)) return;
    if (valuesChanged) {
      queued.add(item);
      queue.push(item);
    } else if (!effectQueued.has(item)) {
      effectQueued.add(item);
      effectQueue.push(item);
    }
  };

  function analyze(fn: FunctionLike | ts.SourceFile): void {
    if (!ts.isSourceFile(fn)) inProgress.add(fn);
    try {
      let summary = new FunctionWalker(ctx, fn).run();
      if (!finished.has(fn)) finished.set(fn, finished.size);
      if (ts.isSourceFile(fn)) return;
      const previous = summaries.get(fn);
      const rounds = (analyses.get(fn) ?? 0) + 1;
      analyses.set(fn, rounds);
      // Widening: from the third analysis of a function on, its summary only grows (a recursive
      // summary whose instantiation reorders joins could otherwise flip between two states).
      if (previous && rounds > WIDEN_AFTER) summary = joinSummaries(previous, summary);
      summaries.set(fn, summary);
      const valuesChanged = !previous || !sameSummaryValues(previous, summary);
      if ((valuesChanged || !sameEffects(previous, summary)) && rounds <= MAX_ANALYSES) {
        // A first summary matters only to the callers walked without it: the others asked for it
        // on demand and got it at once.
        const affected = previous ? callers.get(fn) : waiting.get(fn);
        for (const caller of affected ?? []) if (caller !== fn || previous) enqueue(caller, valuesChanged);
        waiting.delete(fn);
      }
    } catch (error) {
      failed.add(fn);
      const pos = positionOf(ctx, fn);
      diagnostics.push({
        file: pos.file,
        line: pos.line,
        column: pos.column,
        severity: "error",
        message: `could not analyse ${ts.isSourceFile(fn) ? "module code" : `${qualifiedName(fn)}()`}: ${describeFailure(error)}`,
      });
    } finally {
      if (!ts.isSourceFile(fn)) inProgress.delete(fn);
    }
  }

  // Module code first, as it runs first: module variables hold their values (and functions) before
  // the functions that read them are walked. Then every function not yet summarised (each once,
  // callees on demand), then whatever changed.
  for (const sf of loaded.sourceFiles) analyze(sf);
  for (const fn of functions) if (!summaries.has(fn) && !failed.has(fn)) analyze(fn);
  let rounds = 0;
  while ((queue.length > 0 || effectQueue.length > 0) && rounds++ < 100_000) {
    const next = queue.length > 0 ? queue.pop()! : effectQueue.pop()!;
    // An item can wait in both queues: the first pop walks it, the other finds it done.
    if (!queued.has(next) && !effectQueued.has(next)) continue;
    queued.delete(next);
    effectQueued.delete(next);
    analyze(next);
  }
  // A method no call site runs (a framework calls it): its `this.f` reads get what any instance
  // stored. Methods with call sites read the receiver's own fields there (see instantiate).
  for (const info of ctx.inputs.values()) {
    if (!info.heap || callers.get(info.fn)?.size) continue;
    ctx.addEdge(info.heap, info.node, { kind: "data" });
    const keys = ctx.heapKeys.get(info.heap);
    if (keys) ctx.addEdge(keys, info.node, { kind: "data" });
  }
  return diagnostics;
}

/**
 * One pass over a file (iterative: generated files nest deeply): the functions to summarise, the
 * classes and their heritage, and JSDoc annotations that act across files (`@label` on
 * properties and functions, `@sink`, `@sanitizer`).
 */
function collectDeclarations(
  sf: ts.SourceFile,
  functions: FunctionLike[],
  types: TypeFacts,
  rules: RuleIndex,
  owners: OwnerKeys,
): void {
  const hasAnnotations = mayHoldAnnotations(sf.text);
  const stack: ts.Node[] = [sf];
  while (stack.length) {
    const node = stack.pop()!;
    if (isFunctionLike(node) && node.body && !isInlineCallback(node)) functions.push(node);
    if (ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) types.recordHeritage(node);
    else if (ts.isTypeAliasDeclaration(node)) types.recordInferredType(node);
    owners.record(node);
    if (hasAnnotations) collectAnnotations(node, rules);
    const children: ts.Node[] = [];
    node.forEachChild((child) => {
      children.push(child);
    });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

function collectAnnotations(node: ts.Node, rules: RuleIndex): void {
  if (ts.isPropertySignature(node) || ts.isPropertyDeclaration(node) || (ts.isParameter(node) && ts.isConstructorDeclaration(node.parent))) {
    const owner = ownerClassName(node) ?? typeAliasName(node);
    const name = node.name && ts.isIdentifier(node.name) ? node.name.text : undefined;
    if (owner && name && (!ts.isParameter(node) || hasParameterPropertyModifier(node))) {
      for (const label of annotationValues(node, "label")) rules.addPropertyLabel({ label, owner, property: name, kind: "annotation" });
    }
  }
  const fn = isFunctionLike(node) ? node : ts.isMethodSignature(node) ? node : undefined;
  if (!fn) return;
  const name = isFunctionLike(fn) ? functionName(fn) : fn.name.getText();
  if (!name) return;
  const owner = ownerClassName(fn);
  const asset = owner ? `${owner}.${name}` : name;
  const declaration = (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent) ? fn.parent : fn;
  const base = { qualifier: owner, name, declaration: owner ? undefined : declaration, asset, origin: "annotation" };
  for (const purpose of annotationValues(fn, "sink")) rules.addSinkCall({ ...base, purpose, origin: "@sink" });
  for (const label of annotationValues(fn, "sanitizer")) rules.addSanitizer({ ...base, removes: [label], origin: "@sanitizer" });
  // `@label` on a function: its return value carries the label. Parameters' @label are read when walking.
  for (const label of functionLevelLabels(fn)) rules.addSourceCall({ ...base, label, kind: "annotation", origin: "@label" });
}

/** `@label` tags on the function itself (not those written for a parameter). */
function functionLevelLabels(fn: FunctionLike | ts.MethodSignature): string[] {
  const labels = annotationValues(fn, "label");
  if (labels.length === 0) return [];
  // A `@param x @label y` pair is a parameter's label, not the function's.
  const paramLabels = new Set<string>();
  for (const tag of ts.getJSDocTags(fn)) {
    if (tag.tagName.text === "label") {
      const previous = ts.getJSDocTags(fn)[ts.getJSDocTags(fn).indexOf(tag) - 1];
      if (previous && ts.isJSDocParameterTag(previous)) paramLabels.add(String(tag.comment ?? "").trim().split(/\s+/)[0]);
    }
  }
  return labels.filter((l) => !paramLabels.has(l));
}

function hasParameterPropertyModifier(node: ts.ParameterDeclaration): boolean {
  return (ts.getCombinedModifierFlags(node) & (ts.ModifierFlags.Public | ts.ModifierFlags.Private | ts.ModifierFlags.Protected | ts.ModifierFlags.Readonly)) !== 0;
}

function typeAliasName(node: ts.Node): string | undefined {
  if (ts.isTypeLiteralNode(node.parent) && ts.isTypeAliasDeclaration(node.parent.parent)) return node.parent.parent.name.text;
  return undefined;
}


function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join("/");
}
