import { describe, expect, it } from "vitest";
import type { LineageConfig } from "../../src/config/types.js";
import { LineageGraph, type NodeAttributes } from "../../src/graph/lineage-graph.js";
import { findFlows } from "../../src/policy/flows.js";

const config: LineageConfig = { labels: { email: { deniedPurposes: ["logging"] } } };
const EMAIL = { label: "email", kind: "property", asset: "User.email" } as const;

/**
 * `team` (a Team, which holds its members' e-mail addresses in a field) read at line 3 of
 * src/team.ts, passed on to `logLine(message: string)` in src/log.ts, which logs at line 7.
 */
function graph(between: Partial<NodeAttributes> = {}): LineageGraph {
  const g = new LineageGraph();
  const at = (file: string, line: number, col: number) => ({ file, line, col });
  g.addNode("team", { kind: "ts-value", ...at("src/team.ts", 3, 9), note: "team holds User.email (in members.*.email)", container: true });
  g.addSource("team", EMAIL);
  g.addNode("between", { kind: "ts-param", ...at("src/log.ts", 6, 24), note: "message inside logLine()", ...between });
  g.addNode("sink", { kind: "ts-sink", ...at("src/log.ts", 7, 15), note: "passed to logger.info() (logging)" });
  g.addSink("sink", { purpose: "logging", kind: "call", asset: "logger.info", site: "logLine/logger.info#1" });
  g.addEdge("team", "between", { kind: "data" });
  g.addEdge("between", "sink", { kind: "data" });
  return g;
}

const paths = (g: LineageGraph): string[][] => findFlows(g, config).map((flow) => flow.path.map((step) => `${step.file}:${step.line}`));

describe("labels held in a field of a value", () => {
  it("reach a sink through values that can hold an object", () => {
    expect(paths(graph())).toEqual([["src/team.ts:3", "src/log.ts:6", "src/log.ts:7"]]);
  });

  it("do not pass a scalar read: a string parameter cannot hold the team", () => {
    expect(findFlows(graph({ scalar: true }), config)).toEqual([]);
  });

  it("do not enter a callee through a summary that starts at a scalar read", () => {
    // The caller passes `team` on at line 4; the call's summary edge stands for the callee's path
    // from its parameter to the sink inside it.
    const summary = (scalar: boolean): LineageGraph => {
      const g = new LineageGraph();
      const base = graph();
      for (const key of ["team", "sink"]) g.addNode(key, base.node(key));
      g.addNode("message", { ...base.node("between"), ...(scalar ? { scalar } : {}) });
      g.addNode("argument", { kind: "ts-value", file: "src/team.ts", line: 4, col: 11, note: "passed to logLine()" });
      g.addEdge("team", "argument", { kind: "data" });
      g.addEdge("argument", "sink", { kind: "summary", via: { from: "message", to: "sink" } });
      return g;
    };
    expect(paths(summary(false))).toEqual([["src/team.ts:3", "src/team.ts:4", "src/log.ts:6", "src/log.ts:7"]]);
    expect(findFlows(summary(true), config)).toEqual([]);
  });

  it("are in the text once the value is written out (JSON.stringify), and pass scalar reads from there", () => {
    const g = graph({ scalar: true });
    g.addNode("text", { kind: "ts-value", file: "src/team.ts", line: 5, col: 11, note: "written out as text by JSON.stringify()", serializes: true });
    g.addEdge("team", "text", { kind: "data" });
    g.addEdge("text", "between", { kind: "data" });
    expect(paths(g)).toEqual([["src/team.ts:3", "src/team.ts:5", "src/log.ts:6", "src/log.ts:7"]]);
  });

  it("give way to a read of the labelled field itself: its flow passes scalar reads and is the one reported", () => {
    const g = graph({ scalar: true });
    g.addNode("owner-email", { kind: "ts-value", file: "src/team.ts", line: 4, col: 20, note: "read User.email" });
    g.addSource("owner-email", EMAIL);
    g.addEdge("owner-email", "between", { kind: "data" });
    expect(paths(g)).toEqual([["src/team.ts:4", "src/log.ts:6", "src/log.ts:7"]]);
  });
});
