import type { Diagnostic } from "../../../src/diagnostics.js";
import { LineageGraph, type EdgeAttributes } from "../../../src/graph/lineage-graph.js";
import { analyzeSqlFiles, buildSchemaCatalog, type SqlFile, type SqlOptions } from "../../../src/analyzers/sql/index.js";

export const POSTGRES: SqlOptions = { dialect: "postgresql", defaultSchema: "public" };

/** The warehouse most tests run against. */
export const WAREHOUSE_DDL = `
CREATE TABLE dating.profiles (
  user_id     BIGINT PRIMARY KEY,
  display_name TEXT,
  religion    TEXT,        -- @label religion
  birth_year  INT,
  city        TEXT,
  email       TEXT NOT NULL
);

CREATE TABLE dating.likes (
  liker_id  BIGINT REFERENCES dating.profiles (user_id),
  liked_id  BIGINT,
  liked_at  TIMESTAMPTZ DEFAULT now(),
  PRIMARY KEY (liker_id, liked_id)
);

CREATE TABLE ads.audience_segments (
  user_id  BIGINT,
  segment  TEXT,
  score    NUMERIC(5, 2)
);

CREATE TABLE ml.features (
  user_id    BIGINT,
  faith      TEXT,
  age        INT,
  like_count BIGINT
);
`;

export interface Analysis {
  graph: LineageGraph;
  diagnostics: Diagnostic[];
}

export function analyze(files: SqlFile[] | string, options: SqlOptions = POSTGRES): Analysis {
  const list = typeof files === "string" ? [{ path: "schema/warehouse.sql", text: WAREHOUSE_DDL }, { path: "jobs/job.sql", text: files }] : files;
  const catalog = buildSchemaCatalog(list, options);
  const graph = new LineageGraph();
  const diagnostics = analyzeSqlFiles(list, graph, options, catalog);
  return { graph, diagnostics };
}

/** Every edge as `source -> target (kind)`, sorted. */
export function edgeList(graph: LineageGraph): string[] {
  return graph.export().edges.map((e) => `${e.source} -> ${e.target} (${e.attributes?.kind})`);
}

/** Sources of edges of `kind` into `target`, sorted. */
export function into(graph: LineageGraph, target: string, kind: EdgeAttributes["kind"] = "data"): string[] {
  if (!graph.hasNode(target)) return [];
  const sources = graph.graph
    .inEdges(target)
    .filter((e) => graph.graph.getEdgeAttributes(e).kind === kind)
    .map((e) => graph.graph.source(e));
  return [...new Set(sources)].sort();
}

/** Every edge between two nodes (the graph may keep several, one per write site). */
export function edgesBetween(graph: LineageGraph, from: string, to: string): EdgeAttributes[] {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return [];
  return graph.graph.edges(from, to).map((e) => graph.graph.getEdgeAttributes(e));
}

/** The one edge between two nodes (undefined when there is none; fails when there are several). */
export function edge(graph: LineageGraph, from: string, to: string): EdgeAttributes | undefined {
  const found = edgesBetween(graph, from, to);
  if (found.length > 1) throw new Error(`${found.length} edges ${from} -> ${to}: ${JSON.stringify(found)}`);
  return found[0];
}

/** Persistent columns whose data reaches `target` along data edges (through intermediate nodes). */
export function upstreamColumns(graph: LineageGraph, target: string): string[] {
  const seen = new Set<string>();
  const found = new Set<string>();
  const stack = [target];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const e of graph.graph.inEdges(node)) {
      if (graph.graph.getEdgeAttributes(e).kind !== "data") continue;
      const source = graph.graph.source(e);
      if (seen.has(source)) continue;
      seen.add(source);
      if (graph.node(source).kind === "column") found.add(source);
      else stack.push(source);
    }
  }
  return [...found].sort();
}

export const col = (table: string, column: string) => `column:${table}.${column}`;
export const tbl = (table: string) => `table:${table}`;
