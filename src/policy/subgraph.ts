import { IMPLICIT_EDGE_KINDS, type LineageGraph, nodeKey } from "../graph/lineage-graph.js";
import { LineageGraph as Graph } from "../graph/lineage-graph.js";

/**
 * The part of the graph that flows run through: nodes reachable from a labelled source that also
 * reach a sink (a call or job sink, or a column of a table that is one). What `scan --format dot`
 * draws: the whole graph of a real repository is too large to read. Control edges (implicit flows,
 * present only with `implicitFlows`) are followed too.
 */
export function flowSubgraph(graph: LineageGraph): LineageGraph {
  const g = graph.graph;
  const forward = new Set<string>();
  const backward = new Set<string>();
  const sinkTables = new Set<string>();
  g.forEachNode((key, a) => {
    if (a.kind === "table" && a.sinks?.length && a.table) sinkTables.add(a.table);
  });
  const queue: string[] = [];
  g.forEachNode((key, a) => {
    if (a.sources?.length) {
      forward.add(key);
      queue.push(key);
    }
  });
  for (let i = 0; i < queue.length; i++) {
    g.forEachOutEdge(queue[i], (_e, attributes, _s, target) => {
      if (IMPLICIT_EDGE_KINDS.has(attributes.kind) && !forward.has(target)) {
        forward.add(target);
        queue.push(target);
      }
    });
  }
  const back: string[] = [];
  g.forEachNode((key, a) => {
    const isSink = (a.sinks ?? []).some((s) => s.kind !== "table") || (a.table !== undefined && sinkTables.has(a.table));
    if (isSink && forward.has(key)) {
      backward.add(key);
      back.push(key);
    }
  });
  for (let i = 0; i < back.length; i++) {
    g.forEachInEdge(back[i], (_e, attributes, source) => {
      if (IMPLICIT_EDGE_KINDS.has(attributes.kind) && forward.has(source) && !backward.has(source)) {
        backward.add(source);
        back.push(source);
      }
    });
  }
  const result = new Graph();
  for (const key of backward) result.addNode(key, g.getNodeAttributes(key));
  for (const table of sinkTables) if (g.hasNode(nodeKey.table(table)) && [...backward].some((k) => g.getNodeAttributes(k).table === table)) result.addNode(nodeKey.table(table), g.getNodeAttributes(nodeKey.table(table)));
  g.forEachEdge((_e, attributes, source, target) => {
    if (result.hasNode(source) && result.hasNode(target)) result.addEdge(source, target, attributes);
  });
  return result;
}
