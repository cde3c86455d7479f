import { describe, expect, it } from "vitest";
import { type EdgeAttributes, LineageGraph } from "../../src/graph/lineage-graph.js";

function graphWith(...edges: Array<[string, string, EdgeAttributes]>): LineageGraph {
  const graph = new LineageGraph();
  for (const key of ["a", "b", "c"]) graph.addNode(key, { kind: "ts-value" });
  for (const [from, to, attributes] of edges) graph.addEdge(from, to, attributes);
  return graph;
}

/** The edges of the exported graph as `from>to kind via write`. */
function edgesOf(graph: LineageGraph): string[] {
  return graph.export().edges.map(({ source, target, attributes }) => {
    const a = attributes as EdgeAttributes;
    return [`${source}>${target}`, a.kind, a.via && `${a.via.from}~${a.via.to}`, a.write?.site].filter(Boolean).join(" ");
  });
}

describe("LineageGraph.addEdge", () => {
  it("keeps one edge for the same move asked for again, and none from a node to itself", () => {
    const graph = graphWith(["a", "b", { kind: "data" }], ["a", "b", { kind: "data" }], ["a", "a", { kind: "data" }]);
    expect(edgesOf(graph)).toEqual(["a>b data"]);
  });

  it("treats a summary edge with no callee path like a data edge", () => {
    const graph = graphWith(["a", "b", { kind: "data" }], ["a", "b", { kind: "summary" }]);
    expect(edgesOf(graph)).toEqual(["a>b data"]);
  });

  it("keeps summary edges through different callee paths side by side (each explains its own path)", () => {
    const graph = graphWith(
      ["a", "b", { kind: "summary", via: { from: "p1", to: "r" } }],
      ["a", "b", { kind: "summary", via: { from: "p2", to: "r" } }],
      ["a", "b", { kind: "summary", via: { from: "p1", to: "r" } }],
    );
    expect(edgesOf(graph)).toEqual(["a>b summary p1~r", "a>b summary p2~r"]);
  });

  it("lets a data edge replace a condition edge between the same nodes, never the other way", () => {
    const replaced = graphWith(["a", "b", { kind: "control" }], ["a", "b", { kind: "data" }]);
    expect(edgesOf(replaced)).toEqual(["a>b data"]);
    const kept = graphWith(["a", "b", { kind: "data" }], ["a", "b", { kind: "control" }]);
    expect(edgesOf(kept)).toEqual(["a>b data"]);
  });

  it("keeps writes from different statements side by side", () => {
    const write = (site: string) => ({ kind: "data" as const, write: { site, file: "etl.sql", line: 1, column: 1 } });
    const graph = graphWith(["a", "c", write("etl.sql#1")], ["a", "c", write("etl.sql#2")], ["a", "c", write("etl.sql#1")]);
    expect(edgesOf(graph)).toEqual(["a>c data etl.sql#1", "a>c data etl.sql#2"]);
  });
});

describe("LineageGraph.graph", () => {
  it("holds what was added after it was first read: new nodes and edges, merged marks, replaced edges", () => {
    const graph = graphWith(["a", "b", { kind: "control" }]);
    expect(graph.graph.order).toBe(3);
    // What the config step does after the analyzers: reads the graph, then marks nodes and adds a job.
    graph.addSource("a", { label: "email", kind: "column", asset: "crm.users.email" });
    graph.addNode("job:weekly", { kind: "job", name: "weekly" });
    graph.addEdge("c", "job:weekly", { kind: "read" });
    graph.addEdge("a", "b", { kind: "data" });
    const view = graph.graph;
    expect(view.order).toBe(4);
    expect(view.getNodeAttribute("a", "sources")).toEqual([{ label: "email", kind: "column", asset: "crm.users.email" }]);
    expect(view.outEdges("c").map((edge) => [view.target(edge), view.getEdgeAttribute(edge, "kind")])).toEqual([["job:weekly", "read"]]);
    expect(view.outEdges("a").map((edge) => view.getEdgeAttribute(edge, "kind"))).toEqual(["data"]);
  });

  it("refuses an edge to a node it does not hold, as graphology does", () => {
    const graph = graphWith();
    expect(() => graph.addEdge("a", "missing", { kind: "data" })).toThrow(/missing/);
    expect(graph.graph.size).toBe(0);
  });
});
