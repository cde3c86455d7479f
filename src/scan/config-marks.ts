import type { LoadedConfig } from "../config/types.js";
import type { Diagnostic } from "../diagnostics.js";
import { compare, type LineageGraph, nodeKey } from "../graph/lineage-graph.js";
import { matchesColumn, matchesTable } from "../config/match.js";

/**
 * Applies the config's rules that name SQL assets to the graph both analyzers built: `column`
 * sources, `table` sinks, zone tables, and jobs (a job node reading every column of its tables).
 */
export function applyConfigMarks(graph: LineageGraph, loaded: LoadedConfig): Diagnostic[] {
  const { config } = loaded;
  const diagnostics: Diagnostic[] = [];
  const columns: Array<[string, string, string]> = [];
  const tables: string[] = [];
  graph.graph.forEachNode((key, attributes) => {
    if (attributes.kind === "column" && attributes.table && attributes.column) columns.push([key, attributes.table, attributes.column]);
    if (attributes.kind === "table" && attributes.table) tables.push(attributes.table);
  });
  columns.sort(([a], [b]) => compare(a, b));
  tables.sort(compare);

  for (const rule of config.sources ?? []) {
    if (!("column" in rule)) continue;
    for (const [key, table, column] of columns) {
      if (matchesColumn(rule.column, `${table}.${column}`)) graph.addSource(key, { label: rule.label, kind: "column", asset: `${table}.${column}` });
    }
  }
  for (const rule of config.sinks ?? []) {
    if (!("table" in rule)) continue;
    for (const table of tables) {
      if (matchesTable(rule.table, table)) graph.addSink(nodeKey.table(table), { purpose: rule.purpose, kind: "table", asset: table, site: "", rule: "config" });
    }
  }
  const configFile = loaded.file ?? "lineage.config.json";
  for (const job of config.jobs ?? []) {
    const position = loaded.jobPositions[job.name] ?? { line: 1, column: 1 };
    const jobKey = graph.addNode(nodeKey.job(job.name), {
      kind: "job",
      name: job.name,
      file: configFile,
      line: position.line,
      col: position.column,
      note: `job ${job.name} (${job.purpose})`,
    });
    graph.addSink(jobKey, { purpose: job.purpose, kind: "job", asset: job.name, site: `job:${job.name}`, rule: "config" });
    let matched = false;
    for (const pattern of job.reads) {
      for (const table of tables) {
        if (!matchesTable(pattern, table)) continue;
        matched = true;
        graph.addEdge(nodeKey.table(table), jobKey, { kind: "read" });
        for (const [key, columnTable] of columns) if (columnTable === table) graph.addEdge(key, jobKey, { kind: "read" });
      }
    }
    if (!matched) {
      diagnostics.push({
        file: configFile,
        line: position.line,
        column: position.column,
        severity: "warning",
        message: `job "${job.name}" reads ${job.reads.join(", ")}, which no scanned SQL or code defines or writes`,
      });
    }
  }
  return diagnostics;
}
