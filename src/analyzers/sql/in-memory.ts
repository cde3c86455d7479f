import type { Diagnostic } from "../../diagnostics.js";
import { LineageGraph } from "../../graph/lineage-graph.js";
import { buildSchemaCatalog, type SqlFile, type SqlOptions } from "./catalog.js";
import { applyColumnLabels, prepareDbtProjects } from "./dbt.js";
import { analyzeSqlFiles } from "./index.js";

/** SQL held in memory rather than found under a scan root (spec cases, scoring scripts). */
export interface InMemorySql {
  /** Plain `.sql` files (DDL, jobs). */
  files: SqlFile[];
  /** The files of dbt projects (`.sql` models, `dbt_project.yml`, `schema.yml` …), if any. */
  dbtFiles?: SqlFile[];
  options: SqlOptions;
}

/**
 * Analyses in-memory SQL the way a scan does: dbt projects rendered first, files in path order,
 * one schema catalog, `meta.label` column labels applied. Returns the analysed files too.
 */
export function analyzeSqlInMemory({ files, dbtFiles = [], options }: InMemorySql): { graph: LineageGraph; files: SqlFile[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let all = [...files];
  let labels: ReturnType<typeof prepareDbtProjects>["labels"] = [];
  if (dbtFiles.length > 0) {
    const isSql = (f: SqlFile) => f.path.endsWith(".sql");
    const dbt = prepareDbtProjects(dbtFiles.filter(isSql), dbtFiles.filter((f) => !isSql(f)), options);
    all.push(...dbt.files);
    labels = dbt.labels;
    diagnostics.push(...dbt.diagnostics);
  }
  all = all.sort((a, b) => (a.path < b.path ? -1 : 1));
  const catalog = buildSchemaCatalog(all, options);
  const graph = new LineageGraph();
  diagnostics.push(...analyzeSqlFiles(all, graph, options, catalog));
  applyColumnLabels(graph, catalog, labels);
  return { graph, files: all, diagnostics };
}
