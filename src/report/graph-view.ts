import { DATA_EDGE_KINDS, compare, type EdgeKind, type NodeAttributes, type SerializedLineageGraph } from "../graph/lineage-graph.js";

/**
 * What the graph writers (dot, mermaid, graphml) show of a serialized lineage graph: nodes in key
 * order with short ids and a readable title, edges in (source, target) order.
 */
export interface NodeView {
  key: string;
  /** `n0`, `n1`, … in key order: safe as an identifier in any format. */
  id: string;
  attributes: NodeAttributes;
  /** `dating.profiles.religion`, `ads.segments`, `job recsys-train`, or the node's note. */
  title: string;
  /** `file:line`, when the node has a place in code. */
  location?: string;
  /** Labels that enter here. */
  sourceLabels: string[];
  /** Purposes this node is a sink of. */
  sinkPurposes: string[];
}

export interface EdgeView {
  source: NodeView;
  target: NodeView;
  kind: EdgeKind;
  /** Whether labels travel along this edge (data, summary, read) or not (filter, join). */
  carriesData: boolean;
  note?: string;
  /** For writes into a table: the writing statement's site. */
  write?: string;
}

export interface GraphView {
  nodes: NodeView[];
  edges: EdgeView[];
}

export function viewGraph(graph: SerializedLineageGraph): GraphView {
  const nodes = [...graph.nodes]
    .sort((a, b) => compare(a.key, b.key))
    .map((node, index): NodeView => {
      const attributes = (node.attributes ?? { kind: "ts-value" }) as NodeAttributes;
      return {
        key: node.key,
        id: `n${index}`,
        attributes,
        title: nodeTitle(node.key, attributes),
        ...(typeof attributes.file === "string"
          ? { location: typeof attributes.line === "number" ? `${attributes.file}:${attributes.line}` : attributes.file }
          : {}),
        sourceLabels: unique((attributes.sources ?? []).map((mark) => mark.label)),
        sinkPurposes: unique((attributes.sinks ?? []).map((mark) => mark.purpose)),
      };
    });
  const byKey = new Map(nodes.map((node) => [node.key, node]));
  const edges = [...graph.edges]
    .sort((a, b) => compare(a.source, b.source) || compare(a.target, b.target))
    .flatMap((edge): EdgeView[] => {
      const source = byKey.get(edge.source);
      const target = byKey.get(edge.target);
      if (!source || !target) return [];
      const kind = edge.attributes?.kind ?? "data";
      return [
        {
          source,
          target,
          kind,
          carriesData: DATA_EDGE_KINDS.has(kind),
          ...(edge.attributes?.note ? { note: edge.attributes.note } : {}),
          ...(edge.attributes?.write ? { write: edge.attributes.write.site } : {}),
        },
      ];
    });
  return { nodes, edges };
}

/** A column node's column name. */
export function columnName(attributes: NodeAttributes): string | undefined {
  return typeof attributes.column === "string" ? attributes.column : undefined;
}

/** A node's 1-based position column, when it has one. */
export function positionColumn(attributes: NodeAttributes): number | undefined {
  return typeof attributes.col === "number" ? attributes.col : undefined;
}

function nodeTitle(key: string, attributes: NodeAttributes): string {
  switch (attributes.kind) {
    case "column": {
      const column = columnName(attributes);
      return attributes.table && column ? `${attributes.table}.${column}` : (attributes.note ?? key);
    }
    case "table":
      return `${attributes.table ?? key}${attributes.view ? " (view)" : ""}`;
    case "job":
      return `job ${attributes.name ?? key}`;
    default:
      return attributes.note ?? key;
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort(compare);
}
