/**
 * Implicit flows (config `implicitFlows`): data that decides a condition reaches, over a `control`
 * edge, a node standing for the test's outcome. The code the test decides (its branches, a loop
 * body, what follows an early return) carries that node, so a sink or an assignment there is an
 * implicit flow of the data; the policy step reports what it reaches only through control edges as
 * flows of kind `implicit`. Nothing here runs with the switch off.
 */
import { ts } from "ts-morph";
import { at as atPosition, nodeKey } from "../../graph/lineage-graph.js";
import { nodeAt, positionOf, type ScanContext } from "./context.js";
import { collapse, Value } from "./value.js";

/**
 * The outcome of testing `value` at `at` (a comparison, a condition, a predicate's answer): a node
 * there that the value's data reaches over control edges. Empty when the value carries nothing.
 */
export function testOutcome(ctx: ScanContext, scope: string, value: Value, at: ts.Node): Value {
  const deps = collapse(value);
  if (deps.isEmpty) return Value.empty;
  // Already an outcome (`!a.endsWith(x)`, `if (p.age > 18)`): the same test, no step of its own.
  const known = outcomes.get(ctx);
  if (known && [...deps.steps].every((step) => known.has(step)) && [...deps.origins].every((origin) => ctx.inputs.get(origin)?.implicit)) return deps;
  const pos = positionOf(ctx, at);
  const key = nodeKey.at("ts-value", pos, "condition");
  if (!ctx.graph.hasNode(key)) {
    ctx.graph.addNode(key, { kind: "ts-value", ...atPosition(pos), note: `decides the condition at ${pos.file}:${pos.line}:${pos.column}`, scope });
  }
  return decides(ctx, deps, key);
}

/**
 * What a call site passes for a callee's implicit input (one that decides a condition inside the
 * callee): it reaches a node at the call over a control edge, so what the callee's summary does
 * with the input stays an implicit flow here.
 */
export function decidedInside(ctx: ScanContext, scope: string, site: ts.Node, value: Value, input: string, callee: string): Value {
  if (value.isEmpty) return value;
  const key = nodeAt(ctx, "ts-call", site, `implicit:${input}`, { note: `decides a condition inside ${callee}()`, scope });
  return decides(ctx, value, key);
}

/** The nodes standing for tests' outcomes, per scan. */
const outcomes = new WeakMap<ScanContext, Set<string>>();

/** A collapsed value's data reaching `condition` over control edges: a value standing for that node. */
function decides(ctx: ScanContext, deps: Value, condition: string): Value {
  let known = outcomes.get(ctx);
  if (!known) outcomes.set(ctx, (known = new Set()));
  known.add(condition);
  for (const step of deps.steps) ctx.addEdge(step, condition, { kind: "control" });
  return new Value([condition], [...deps.origins].map((origin) => implicitInput(ctx, origin, condition)));
}

/**
 * The input key that stands for `input` deciding `condition` (see InputInfo.implicit). Its node, at
 * the condition, is what a flow's path shows inside the function; an input already implicit stays.
 */
export function implicitInput(ctx: ScanContext, input: string, condition: string): string {
  const info = ctx.inputs.get(input);
  if (!info || info.implicit) return input;
  // Before a sanitizer's suffix (see sanitizedInput), which is cut off and added again.
  const removes = input.indexOf("#removes:");
  const base = removes < 0 ? input : input.slice(0, removes);
  const where = ctx.graph.node(condition);
  const node = `${base}!implicit@${where.line}:${where.col}`;
  const key = removes < 0 ? node : `${node}${input.slice(removes)}`;
  if (!ctx.inputs.has(key)) {
    if (!ctx.graph.hasNode(node)) {
      const name = ctx.graph.hasNode(info.node) ? ctx.graph.node(info.node).note : undefined;
      ctx.graph.addNode(node, { kind: "ts-param", file: where.file, line: where.line, col: where.col, note: `${name ?? "input"} ${where.note ?? "decides a condition"}`, scope: where.scope });
    }
    ctx.inputs.set(key, { ...info, node, implicit: { of: input, condition } });
  }
  ctx.addEdge(node, condition, { kind: "control" });
  return key;
}

/**
 * Whether a statement always leaves the code after it (return, throw, continue; break when
 * `breaks`): after `if (c) return;` the rest of the block runs only as c decides.
 */
export function leaves(statement: ts.Statement | undefined, breaks: boolean): boolean {
  if (!statement) return false;
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement) || ts.isContinueStatement(statement)) return true;
  if (ts.isBreakStatement(statement)) return breaks;
  if (ts.isBlock(statement)) return statement.statements.some((s) => leaves(s, breaks));
  if (ts.isIfStatement(statement)) return leaves(statement.thenStatement, breaks) && leaves(statement.elseStatement, breaks);
  return false;
}
