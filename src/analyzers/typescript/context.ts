import path from "node:path";
import { ts } from "ts-morph";
import type { LineageConfig } from "../../config/types.js";
import type { Diagnostic } from "../../diagnostics.js";
import { at, type EdgeAttributes, LineageGraph, type NodeAttributes, nodeKey, type Position } from "../../graph/lineage-graph.js";
import type { EmbeddedSql } from "./embedded-sql.js";
import type { OriginResolver } from "./origins.js";
import type { OwnerKeys } from "./owners.js";
import type { RuleIndex } from "./rules.js";
import type { LabelledField, TypeFacts } from "./type-facts.js";
import type { SymbolicInput, Value } from "./value.js";

export type FunctionLike =
  | ts.FunctionDeclaration
  | ts.MethodDeclaration
  | ts.ConstructorDeclaration
  | ts.ArrowFunction
  | ts.FunctionExpression
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration;

/** A symbolic input as the driver knows it. */
export interface InputInfo extends SymbolicInput {
  fn: FunctionLike;
  /** Labelled-property assets the function reads from this input itself (see `inputs`). */
  covers?: Set<string>;
  /** A captured variable: its symbol, read from the caller's scope at a call site. */
  captured?: ts.Symbol;
  /** For `this.f`: the class field's heap node, used at call sites whose receiver does not know `f`. */
  heap?: string;
  /** For `this.f`: the field is readonly (set only while constructing), so a receiver that knows it is exact. */
  readonlyField?: boolean;
  /** Top-level fields left out of this input (a rest binding, a spread with later keys). */
  except?: string[];
  /** The input as a scalar (`value as string`): what is passed for it whole, none of its fields. */
  scalar?: boolean;
  /** Labels a sanitizer inside the function removes from this input on its way (a derived key). */
  removes?: string[];
  /**
   * With `implicitFlows`: the input `of` as it decides a condition of the function (`condition`, a
   * node key); a call site passes what it gives for `of` through a control edge (see control.ts).
   */
  implicit?: { of: string; condition: string };
}

/** What a function does with its inputs, computed once and instantiated at every call site. */
export interface Summary {
  /** The returned value: steps inside the callee, origins are the callee's symbolic inputs. */
  ret: Value;
  /** Fields the function writes on `this` (a constructor's result). */
  thisWrites: Value;
  /** What the function throws and does not catch itself. */
  thrown: Value;
  /**
   * Function-valued inputs the function calls (callbacks), by input node key: the arguments it
   * passes (joined over its calls). The value the call returns inside the function is the lazy
   * input `<param>.()`, bound at each call site to what the actual callback returns.
   */
  calls: Map<string, Value[]>;
  /** Parameter defaults by index: what a call site that omits the argument (or passes `undefined`) passes. */
  defaults: Map<number, Value>;
  /** Nodes outside the function (inner sinks, class fields, table columns) each input reaches. */
  effects: Map<string, Set<string>>;
  /** A node standing for the function's return value, shown in paths through the function. */
  returnNode: string;
}

/** Everything a scan's TypeScript analysis shares between functions. */
export interface ScanContext {
  root: string;
  config: LineageConfig;
  graph: LineageGraph;
  checker: ts.TypeChecker;
  rules: RuleIndex;
  types: TypeFacts;
  /** Keys of the classes and object literals class-field heap nodes belong to. */
  owners: OwnerKeys;
  origins: OriginResolver;
  embeddedSql: EmbeddedSql;
  diagnostics: Diagnostic[];
  /**
   * Symbolic input node key → which input it is. `covers`: labelled-property assets the function
   * reads from this input itself (a source at its own read), so a call site need not carry the
   * caller's whole-value source of the same asset into that input.
   */
  inputs: Map<string, InputInfo>;
  /** Heap node key → the labelled fields of its declared type (see FunctionWalker.heapWrite). */
  heapFields: Map<string, LabelledField[]>;
  /**
   * `heap key \0 input key` → where in that typed heap node's value the input is stored (`[]`: as
   * the whole value, `["*"]`: as an element); null when it is stored at different places.
   */
  heapInputPaths: Map<string, readonly string[] | null>;
  /** Locals of a function that closures analysed on their own write (their heap node holds those writes). */
  capturedWrites: Set<ts.Symbol>;
  /** Locals of a function that closures analysed on their own read (kept in their heap node too). */
  capturedReads: Set<ts.Symbol>;
  /** Heap location key → the functions stored there so far, field by field (see FunctionWalker.storeFunctions). */
  heapFunctions: Map<string, Value>;
  /** Heap location key → the functions (and modules) that read functions from it: analysed again when it gains one. */
  heapFunctionReaders: Map<string, Set<FunctionLike | ts.SourceFile>>;
  /** Analyses a function (or module) again later: something it must record has become known. */
  requeue(fn: FunctionLike | ts.SourceFile): void;
  /** Source nodes made for a value of a type with labelled properties, by node key → asset. */
  typeSources: Map<string, string>;
  /**
   * The labelled fields of the value read at a node (see FunctionWalker.typeLabelsOf), per node:
   * asking the checker is most of a walk's cost, and a function is walked again whenever a callee
   * changes.
   */
  typeLabelsAt: Map<ts.Node, readonly LabelledField[]>;
  /** Class-field heap node → the node of its writes by receivers of unknown instance (see instances.ts). */
  classHeapDirect: Map<string, string>;
  /** Allocation site (`file:line:column` of a `new`) → the class it makes and its bases, by name. */
  allocations: Map<string, string[]>;
  /** Heap location → its fields' locations (see heap-fields.ts). */
  heapFieldOf: Map<string, Map<string, string>>;
  /** Heap location → how many fields deep it is below its root location. */
  heapDepth: Map<string, number>;
  /** Heap location → its root location (a class field, a module variable, an instance's node) and the path below it. */
  heapBase: Map<string, { root: string; path: readonly string[] }>;
  /** Heap location → the location above it in the instance tree (instance → its class's node → the class field). */
  heapParent: Map<string, string>;
  /** A heap aggregate's direct-writes node → the aggregate. */
  heapDirectOf: Map<string, string>;
  /** Module variable heap node → the node of its dynamic keys (see FunctionWalker.heapWrite). */
  heapKeys: Map<string, string>;
  /** One matcher per config zone with paths: whether a scan-relative file lies in it. */
  zonePaths: Array<(file: string) => boolean>;
  summaryOf(fn: FunctionLike, caller: FunctionLike | ts.SourceFile): Summary | undefined;
  /** Adds a data or summary edge, once (functions analysed again add the same edges again). */
  addEdge(from: string, to: string, attributes: EdgeAttributes): void;
  relativePath(sf: ts.SourceFile): string;
}

export function isFunctionLike(node: ts.Node): node is FunctionLike {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

/** A function's parameters as callers pass them: without a `this: T` parameter. */
export function parametersOf(fn: FunctionLike): readonly ts.ParameterDeclaration[] {
  const first = fn.parameters[0];
  return first && ts.isIdentifier(first.name) && first.name.text === "this" ? fn.parameters.slice(1) : fn.parameters;
}

/** 1-based line and UTF-16 column of a node's first token. */
export function positionOf(ctx: ScanContext, node: ts.Node): Position {
  const sf = node.getSourceFile();
  const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  return { file: ctx.relativePath(sf), line: line + 1, column: character + 1 };
}

type PlacedAttributes = Omit<NodeAttributes, "kind" | "file" | "line" | "col">;

/**
 * Adds (or finds) a node at a position in code. Attributes may be given as a function, called
 * only when the node is new (call sites ask for the same nodes again on every re-analysis).
 */
export function nodeAt(
  ctx: ScanContext,
  kind: NodeAttributes["kind"],
  node: ts.Node,
  detail: string,
  attributes: PlacedAttributes | (() => PlacedAttributes) = {},
): string {
  const pos = positionOf(ctx, node);
  const key = nodeKey.at(kind, pos, detail);
  if (!ctx.graph.hasNode(key)) ctx.graph.addNode(key, { kind, ...at(pos), ...(typeof attributes === "function" ? attributes() : attributes) });
  return key;
}

/**
 * The qualified name of a function: `AudienceBuilder.build`, `toAudienceMember`,
 * `ProfileService.constructor`; anonymous functions are named after where they stand.
 */
export function qualifiedName(node: ts.Node): string {
  const parts: string[] = [];
  let current: ts.Node | undefined = node;
  while (current && !ts.isSourceFile(current)) {
    const name = ownName(current);
    if (name) parts.unshift(name);
    current = current.parent;
  }
  if (parts.length === 0) return `<module ${path.posix.basename(node.getSourceFile().fileName).replace(/\.[^.]+$/, "")}>`;
  return parts.join(".");
}

function ownName(node: ts.Node): string | undefined {
  if (ts.isConstructorDeclaration(node)) return "constructor";
  if (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isClassDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isPropertyDeclaration(node) ||
    ts.isInterfaceDeclaration(node) ||
    ts.isModuleDeclaration(node)
  ) {
    return node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) || ts.isPrivateIdentifier(node.name)) ? node.name.text : undefined;
  }
  if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isClassExpression(node)) && !namedByParent(node)) {
    return ts.isFunctionExpression(node) && node.name ? node.name.text : undefined;
  }
  if (ts.isVariableDeclaration(node) || ts.isPropertyAssignment(node)) {
    return ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : undefined;
  }
  return undefined;
}

function namedByParent(node: ts.Node): boolean {
  return ts.isVariableDeclaration(node.parent) || ts.isPropertyAssignment(node.parent) || ts.isPropertyDeclaration(node.parent);
}

/** The nearest enclosing function-like node, or the source file for module code. */
export function enclosingFunction(node: ts.Node): FunctionLike | ts.SourceFile {
  let current = node.parent;
  while (current && !ts.isSourceFile(current) && !isFunctionLike(current)) current = current.parent;
  return (current ?? node.getSourceFile()) as FunctionLike | ts.SourceFile;
}

/**
 * A function written in place as an argument (or a JSX handler): walked where it is passed, with
 * the enclosing environment, never summarised on its own.
 *
 * Except a callback passed to a call in module code (`router.post("/x", async (ctx) => …)`,
 * `observer(function Scene() …)`): it is summarised like a declared function and its summary
 * applied where it is passed. Module code is re-walked whenever a callee's summary changes, and
 * walking every route handler or component of the file again each time dominated the scan of
 * real applications; module code has no locals a summary could not read as captured inputs.
 */
export function isInlineCallback(node: FunctionLike): boolean {
  if (!(ts.isArrowFunction(node) || ts.isFunctionExpression(node))) return false;
  let child: ts.Node = node;
  let parent = node.parent;
  while (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent)) {
    child = parent;
    parent = parent.parent;
  }
  if (ts.isJsxExpression(parent)) return true;
  if (ts.isNewExpression(parent)) return parent.arguments?.includes(child as ts.Expression) === true;
  return ts.isCallExpression(parent) && parent.arguments.includes(child as ts.Expression) && !ts.isSourceFile(enclosingFunction(parent));
}
