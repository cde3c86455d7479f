import type { SerializedLineageGraph } from "../graph/lineage-graph.js";
import { columnName, positionColumn, viewGraph, type NodeView } from "./graph-view.js";

const NODE_KEYS = [
  ["kind", "string"],
  ["label", "string"],
  ["file", "string"],
  ["line", "int"],
  ["col", "int"],
  ["table", "string"],
  ["column", "string"],
  ["name", "string"],
  ["note", "string"],
  ["sources", "string"],
  ["sinks", "string"],
] as const;

const EDGE_KEYS = [
  ["kind", "string"],
  ["note", "string"],
  ["write", "string"],
] as const;

/**
 * GraphML for yEd, Gephi, Cytoscape and networkx: node ids are the lineage graph's keys; attributes
 * are declared keys (`col` is the position column, `column` a SQL column's name; `sources` and
 * `sinks` list labels and purposes, space-separated; an edge's `write` is the site of the statement
 * that writes a table column).
 */
export function renderGraphml(graph: SerializedLineageGraph): string {
  const { nodes, edges } = viewGraph(graph);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map(([name, type]) => `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`),
    ...EDGE_KEYS.map(([name, type]) => `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph id="lineage" edgedefault="directed">',
  ];
  for (const node of nodes) {
    lines.push(`    <node id="${xml(node.key)}">`);
    for (const [name, value] of nodeData(node)) lines.push(`      <data key="n_${name}">${xml(String(value))}</data>`);
    lines.push("    </node>");
  }
  edges.forEach((edge, index) => {
    lines.push(`    <edge id="e${index}" source="${xml(edge.source.key)}" target="${xml(edge.target.key)}">`);
    lines.push(`      <data key="e_kind">${xml(edge.kind)}</data>`);
    if (edge.note !== undefined) lines.push(`      <data key="e_note">${xml(edge.note)}</data>`);
    if (edge.write !== undefined) lines.push(`      <data key="e_write">${xml(edge.write)}</data>`);
    lines.push("    </edge>");
  });
  lines.push("  </graph>", "</graphml>");
  return `${lines.join("\n")}\n`;
}

function nodeData(node: NodeView): [string, string | number][] {
  const a = node.attributes;
  const data: [string, string | number | undefined][] = [
    ["kind", a.kind],
    ["label", node.title],
    ["file", a.file],
    ["line", a.line],
    ["col", positionColumn(a)],
    ["table", a.table],
    ["column", columnName(a)],
    ["name", a.name],
    ["note", a.note],
    ["sources", node.sourceLabels.join(" ") || undefined],
    ["sinks", node.sinkPurposes.join(" ") || undefined],
  ];
  return data.filter((entry): entry is [string, string | number] => entry[1] !== undefined);
}

/** Escapes markup (and whitespace that attribute values would normalise); replaces characters XML 1.0 cannot carry. */
function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "\ufffd")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}
