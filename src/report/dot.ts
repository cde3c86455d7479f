import type { SerializedLineageGraph } from "../graph/lineage-graph.js";
import { viewGraph, type NodeView } from "./graph-view.js";

/**
 * Graphviz: one box per node (column or table name, or the step's note, with file:line), sources
 * and sinks filled, edges that carry no data (filter, join) dashed.
 */
export function renderDot(graph: SerializedLineageGraph): string {
  const { nodes, edges } = viewGraph(graph);
  const lines = [
    "digraph lineage {",
    '  graph [rankdir=LR, fontname="Helvetica"];',
    '  node [shape=box, style=rounded, fontname="Helvetica", fontsize=10];',
    '  edge [fontname="Helvetica", fontsize=9];',
  ];
  for (const node of nodes) lines.push(`  ${node.id} [${nodeAttributes(node).join(", ")}];`);
  for (const edge of edges) {
    const attributes = edge.carriesData ? (edge.kind === "data" ? [] : [`label=${quote(edge.kind)}`]) : ["style=dashed", `label=${quote(edge.kind)}`];
    lines.push(`  ${edge.source.id} -> ${edge.target.id}${attributes.length > 0 ? ` [${attributes.join(", ")}]` : ""};`);
  }
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

function nodeAttributes(node: NodeView): string[] {
  const label = [node.title, node.location, ...node.sourceLabels.map((l) => `source: ${l}`), ...node.sinkPurposes.map((p) => `sink: ${p}`)]
    .filter((line): line is string => line !== undefined)
    .join("\n");
  const attributes = [`label=${quote(label)}`, `tooltip=${quote(node.key)}`];
  const kind = node.attributes.kind;
  if (kind === "table") attributes.push("shape=cylinder");
  if (kind === "job") attributes.push("shape=component");
  if (node.sinkPurposes.length > 0) attributes.push('style="rounded,filled"', 'fillcolor="#f8d7da"', 'color="#c0392b"', "penwidth=2");
  else if (node.sourceLabels.length > 0) attributes.push('style="rounded,filled"', 'fillcolor="#fff3cd"', 'color="#b8860b"', "penwidth=2");
  return attributes;
}

/** A DOT double-quoted string: backslashes and quotes escaped, line breaks as DOT's `\n`. */
function quote(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r\n|\r|\n/g, "\\n")}"`;
}
