import { describe, expect, it } from "vitest";
import type { LineageConfig } from "../../src/config/types.js";
import { type EdgeKind, LineageGraph } from "../../src/graph/lineage-graph.js";
import { findFlows } from "../../src/policy/flows.js";

/** `p.religion` read at line 3, a test of it at line 4, `ads.track(…)` at line 5 (the sink site). */
function graph(edge: EdgeKind): LineageGraph {
  const g = new LineageGraph();
  const at = (line: number, col: number) => ({ file: "src/campaign.ts", line, col });
  g.addNode("read", { kind: "ts-value", ...at(3, 9), note: "read Profile.religion" });
  g.addSource("read", { label: "religion", kind: "property", asset: "Profile.religion" });
  g.addNode("test", { kind: "ts-value", ...at(4, 7), note: "decides the condition at src/campaign.ts:4:7" });
  g.addNode("sink", { kind: "ts-sink", ...at(5, 15), note: "passed to ads.track() (ads)" });
  g.addSink("sink", { purpose: "ads", kind: "call", asset: "AdsClient.track", site: "campaign/AdsClient.track#1" });
  g.addEdge("read", "test", { kind: edge });
  g.addEdge("test", "sink", { kind: "data" });
  return g;
}

const config = (implicitFlows?: boolean): LineageConfig => ({ labels: { religion: { allowedPurposes: ["dating"] } }, ...(implicitFlows !== undefined ? { implicitFlows } : {}) });

describe("implicit flows in the policy step", () => {
  it("reports a sink reached through a control edge as an implicit flow, with the condition in its path and the same verdict", () => {
    const [flow, ...rest] = findFlows(graph("control"), config(true));
    expect(rest).toEqual([]);
    expect(flow).toMatchObject({ label: "religion", kind: "implicit", verdict: "violation", sink: { line: 5, purpose: "ads" } });
    expect(flow.path.map((step) => `${step.line}:${step.column} ${step.note}`)).toEqual([
      "3:9 read Profile.religion",
      "4:7 decides the condition at src/campaign.ts:4:7",
      "5:15 passed to ads.track() (ads)",
    ]);
  });

  it("gives an implicit flow an id of its own, and keeps the explicit flow's id as it was", () => {
    const implicit = findFlows(graph("control"), config(true))[0];
    const explicit = findFlows(graph("data"), config(true))[0];
    expect(explicit.kind).toBeUndefined();
    expect(implicit.id).not.toBe(explicit.id);
    expect(findFlows(graph("data"), config())).toEqual([explicit]);
  });

  it("reports nothing through control edges without the switch (a graph exported with it, merged without)", () => {
    expect(findFlows(graph("control"), config())).toEqual([]);
    expect(findFlows(graph("control"), config(false))).toEqual([]);
  });

  it("reports one explicit flow where the label reaches the sink both ways", () => {
    const g = graph("control");
    g.addEdge("read", "sink", { kind: "data" });
    const flows = findFlows(g, config(true));
    expect(flows.map((f) => f.kind ?? "explicit")).toEqual(["explicit"]);
  });
});
