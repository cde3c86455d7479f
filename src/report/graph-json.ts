import type { SerializedLineageGraph } from "../graph/lineage-graph.js";

/** `graph --format json`: graphology's own serialization, 2-space indent, trailing newline. */
export function renderGraphJson(graph: SerializedLineageGraph): string {
  return `${JSON.stringify(graph, null, 2)}\n`;
}
