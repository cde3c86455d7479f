import type { SerializedLineageGraph } from "../../src/graph/lineage-graph.js";
import type { ScanReport } from "../../src/policy/types.js";

/** A small realistic scan: one violation with a 3-step path (new since the baseline), one allowed flow, one diagnostic. */
export function sampleReport(): ScanReport {
  return {
    schemaVersion: 1,
    tool: { name: "privacy-lineage", version: "0.1.0" },
    summary: { files: 12, sources: 3, sinks: 9, flows: 2, violations: 1, diagnostics: 1 },
    flows: [
      {
        id: "f-3a9c41d2",
        label: "religion",
        verdict: "violation",
        new: true,
        source: { file: "src/dating.ts", line: 14, column: 9, kind: "property", asset: "DatingProfile.religion" },
        sink: { file: "src/ads.ts", line: 30, column: 5, kind: "call", asset: "AdsClient.track", purpose: "ads" },
        path: [
          { file: "src/dating.ts", line: 14, column: 9, note: "read DatingProfile.religion" },
          { file: "src/dating.ts", line: 21, column: 12, note: "passed to buildAudience(profile)" },
          { file: "src/ads.ts", line: 30, column: 5, note: "argument 0 of AdsClient.track" },
        ],
      },
      {
        id: "f-77b0e5aa",
        label: "email",
        verdict: "allowed",
        new: false,
        source: { file: "sql/users.sql", line: 4, column: 3, kind: "column", asset: "public.users.email" },
        sink: { file: "sql/support.sql", line: 2, column: 1, kind: "table", asset: "support.tickets", purpose: "support" },
        path: [
          { file: "sql/users.sql", line: 4, column: 3, note: "column public.users.email" },
          { file: "sql/support.sql", line: 2, column: 1, note: "INSERT INTO support.tickets (contact)" },
        ],
      },
    ],
    diagnostics: [{ file: "sql/broken.sql", line: 3, column: 7, severity: "error", message: 'Syntax error: unexpected "<" after SELECT' }],
  };
}

const write = { site: "sql/ads.sql#insert:1", file: "sql/ads.sql", line: 1, column: 1 };

/** INSERT INTO ads.audience SELECT md5(u.email), p.religion FROM users u JOIN profiles p ON … WHERE p.active; then TypeScript sends a value to AdsClient.track. */
export function sampleGraph(): SerializedLineageGraph {
  return {
    attributes: {},
    options: { type: "directed", multi: false, allowSelfLoops: false },
    nodes: [
      { key: "column:ads.audience.email_hash", attributes: { kind: "column", table: "ads.audience", column: "email_hash" } },
      { key: "column:ads.audience.religion", attributes: { kind: "column", table: "ads.audience", column: "religion" } },
      { key: "column:dating.profiles.active", attributes: { kind: "column", table: "dating.profiles", column: "active" } },
      {
        key: "column:dating.profiles.religion",
        attributes: {
          kind: "column",
          table: "dating.profiles",
          column: "religion",
          sources: [{ label: "religion", kind: "column", asset: "dating.profiles.religion" }],
        },
      },
      { key: "column:dating.profiles.user_id", attributes: { kind: "column", table: "dating.profiles", column: "user_id" } },
      {
        key: "column:public.users.email",
        attributes: { kind: "column", table: "public.users", column: "email", sources: [{ label: "email", kind: "column", asset: "public.users.email" }] },
      },
      {
        key: "sql-expr:sql/ads.sql:3:8",
        attributes: { kind: "sql-expr", file: "sql/ads.sql", line: 3, note: 'md5(u.email) AS "email<hash>"', removes: ["email"] },
      },
      {
        key: "table:ads.audience",
        attributes: {
          kind: "table",
          table: "ads.audience",
          sinks: [{ purpose: "ads", kind: "table", asset: "ads.audience", site: "sql/ads.sql#insert:1" }],
        },
      },
      {
        key: "ts-sink:src/ads.ts:30:5:0",
        attributes: {
          kind: "ts-sink",
          file: "src/ads.ts",
          line: 30,
          note: "argument 0 of AdsClient.track",
          sinks: [{ purpose: "ads", kind: "call", asset: "AdsClient.track", site: "sendAudience#0" }],
        },
      },
      { key: "ts-value:src/ads.ts:28:9", attributes: { kind: "ts-value", file: "src/ads.ts", line: 28, col: 9, note: 'const segment = `<vip> & "gold"` # 1' } },
    ],
    edges: [
      { source: "column:dating.profiles.active", target: "sql-expr:sql/ads.sql:3:8", attributes: { kind: "filter" } },
      { source: "column:dating.profiles.religion", target: "column:ads.audience.religion", attributes: { kind: "data", write } },
      { source: "column:dating.profiles.user_id", target: "column:ads.audience.religion", attributes: { kind: "join", write } },
      { source: "column:public.users.email", target: "sql-expr:sql/ads.sql:3:8", attributes: { kind: "data" } },
      { source: "sql-expr:sql/ads.sql:3:8", target: "column:ads.audience.email_hash", attributes: { kind: "data", write } },
      { source: "ts-value:src/ads.ts:28:9", target: "ts-sink:src/ads.ts:30:5:0", attributes: { kind: "data", note: "argument" } },
    ],
  } as SerializedLineageGraph;
}

/** The same graph with nodes and edges in another order: writers must not care. */
export function shuffledGraph(): SerializedLineageGraph {
  const graph = sampleGraph();
  return { ...graph, nodes: [...graph.nodes].reverse(), edges: [...graph.edges].reverse() };
}
