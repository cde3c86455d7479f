import type { SerializedLineageGraph } from "../graph/lineage-graph.js";
import { viewGraph, type NodeView } from "./graph-view.js";

/**
 * Mermaid `flowchart LR`, for Markdown that renders it (GitHub, GitLab). Node ids are `n0`, `n1`, …
 * in key order; labels use Mermaid's entity codes so quotes, angle brackets and `#` survive.
 */
export function renderMermaid(graph: SerializedLineageGraph): string {
  const { nodes, edges } = viewGraph(graph);
  const lines = ["flowchart LR"];
  for (const node of nodes) lines.push(`  ${node.id}${shape(node)}`);
  for (const edge of edges) {
    const arrow = edge.carriesData ? "-->" : "-.->";
    const label = edge.kind === "data" ? "" : `|${edge.kind}|`;
    lines.push(`  ${edge.source.id} ${arrow}${label} ${edge.target.id}`);
  }
  const sources = nodes.filter((node) => node.sourceLabels.length > 0 && node.sinkPurposes.length === 0).map((node) => node.id);
  const sinks = nodes.filter((node) => node.sinkPurposes.length > 0).map((node) => node.id);
  if (sources.length > 0 || sinks.length > 0) {
    lines.push("  classDef source fill:#fff3cd,stroke:#b8860b,stroke-width:2px");
    lines.push("  classDef sink fill:#f8d7da,stroke:#c0392b,stroke-width:2px");
    if (sources.length > 0) lines.push(`  class ${sources.join(",")} source`);
    if (sinks.length > 0) lines.push(`  class ${sinks.join(",")} sink`);
  }
  return `${lines.join("\n")}\n`;
}

function shape(node: NodeView): string {
  const label = [node.title, node.location, ...node.sourceLabels.map((l) => `source: ${l}`), ...node.sinkPurposes.map((p) => `sink: ${p}`)]
    .filter((line): line is string => line !== undefined)
    .map(escape)
    .join("<br/>");
  switch (node.attributes.kind) {
    case "table":
      return `[("${label}")]`;
    case "job":
      return `[["${label}"]]`;
    default:
      return `["${label}"]`;
  }
}

/** Mermaid entity codes (`#quot;`), `#` first since every code starts with one. */
function escape(text: string): string {
  return text
    .replace(/#/g, "#35;")
    .replace(/&/g, "#amp;")
    .replace(/"/g, "#quot;")
    .replace(/</g, "#lt;")
    .replace(/>/g, "#gt;")
    .replace(/`/g, "#96;")
    .replace(/\r\n|\r|\n/g, " ");
}
