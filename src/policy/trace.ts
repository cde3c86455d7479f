import { compare, DATA_EDGE_KINDS, type LineageGraph, nodeKey, positionOf } from "../graph/lineage-graph.js";
import type { Flow } from "./types.js";

/**
 * A text answer to "where does this go?": the flows of a label or source asset, and every
 * downstream column, table and job, each with where it is. Undefined when nothing matches.
 */
export function traceAsset(graph: LineageGraph, flows: Flow[], target: string): string | undefined {
  const starts: string[] = [];
  graph.graph.forEachNode((key, attributes) => {
    if ((attributes.sources ?? []).some((s) => s.label === target || s.asset === target)) starts.push(key);
  });
  const columnKey = nodeKey.column(target.split(".").slice(0, -1).join("."), target.split(".").pop() ?? "");
  if (graph.hasNode(columnKey)) starts.push(columnKey);
  if (graph.hasNode(nodeKey.table(target))) starts.push(nodeKey.table(target));
  if (starts.length === 0) return undefined;

  const reached = new Set<string>(starts);
  const queue = [...starts];
  for (let i = 0; i < queue.length; i++) {
    graph.graph.forEachOutEdge(queue[i], (_e, attributes, _s, next) => {
      if (DATA_EDGE_KINDS.has(attributes.kind) && !reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    });
  }
  const lines: string[] = [`${target}`];
  const matching = flows.filter((f) => f.label === target || f.source.asset === target);
  const downstream = [...reached]
    .map((key) => graph.node(key))
    .filter((a) => a.kind === "column" || a.kind === "table" || a.kind === "job")
    .map((a) => {
      const where = positionOf(a);
      const name = a.kind === "column" ? `column ${a.table}.${a.column}` : a.kind === "table" ? `table ${a.table}` : `job ${a.name}`;
      return `  ${name}${where ? `  (${where.file}:${where.line})` : ""}`;
    })
    .sort(compare);
  lines.push("", `Downstream columns, tables and jobs (${downstream.length}):`, ...(downstream.length ? downstream : ["  none"]));
  lines.push("", `Flows into purposes (${matching.length}):`);
  for (const flow of matching) {
    const kind = flow.kind === "implicit" ? "  (implicit flow)" : "";
    lines.push(`  ${flow.verdict === "violation" ? "VIOLATION" : "allowed  "} ${flow.label} → ${flow.sink.purpose}  ${flow.sink.asset}  ${flow.sink.file}:${flow.sink.line}:${flow.sink.column}${kind}`);
    for (const step of flow.path) lines.push(`      ${step.file}:${step.line}:${step.column}  ${step.note}`);
  }
  if (matching.length === 0) lines.push("  none");
  return `${lines.join("\n")}\n`;
}
