import type { LineageConfig } from "../config/types.js";
import type { Diagnostic } from "../diagnostics.js";
import type { LineageGraph } from "../graph/lineage-graph.js";
import fs from "node:fs";
import path from "node:path";
import { analyzeEmbeddedSql, analyzeSqlFiles, applyColumnLabels, buildSchemaCatalog, prepareDbtProjects, type SqlFile } from "../analyzers/sql/index.js";
import type { EmbeddedSql } from "../analyzers/typescript/index.js";

export interface SqlAnalysis {
  diagnostics: Diagnostic[];
  /** Hands SQL found in TypeScript to the SQL analyzer, with the schema catalog of every .sql file. */
  embedded: EmbeddedSql;
  /** Diagnostics for embedded SQL, collected while the TypeScript analyzer ran. */
  embeddedDiagnostics(): Diagnostic[];
}

/** Analyses the .sql files (catalog first, so file order does not matter) and prepares embedded SQL. */
export function analyzeSql(graph: LineageGraph, files: Array<{ relative: string; text: string; absolute?: string }>, config: LineageConfig): SqlAnalysis {
  const options = { dialect: config.sql?.dialect ?? "postgresql", defaultSchema: config.sql?.defaultSchema ?? "public" };
  // dbt projects: models are rendered into CREATE VIEW / TABLE statements, YAML labels columns.
  const dbt = prepareDbtProjects(
    files.map((f) => ({ path: f.relative, text: f.text })),
    dbtYamlFiles(files),
    options,
  );
  const sqlFiles: SqlFile[] = dbt.files;
  const catalog = buildSchemaCatalog(sqlFiles, options);
  const diagnostics = [...dbt.diagnostics, ...analyzeSqlFiles(sqlFiles, graph, options, catalog)];
  applyColumnLabels(graph, catalog, dbt.labels);
  const embeddedDiagnostics: Diagnostic[] = [];
  return {
    diagnostics,
    embedded: {
      analyze(text, at) {
        const result = analyzeEmbeddedSql(text, graph, { ...at, ...options }, catalog);
        embeddedDiagnostics.push(...result.diagnostics);
        return result;
      },
    },
    embeddedDiagnostics: () => embeddedDiagnostics,
  };
}

/** Folders a dbt project keeps generated or installed files in, never its own models. */
const DBT_SKIP = new Set(["target", "dbt_packages", "dbt_modules", "logs", "node_modules", ".git"]);

/**
 * The `dbt_project.yml` above any of the SQL files (inside the scan root) and the YAML files of
 * those projects, with paths relative to the scan root like the SQL files'.
 */
function dbtYamlFiles(all: Array<{ absolute?: string; relative: string }>): SqlFile[] {
  const files = all.filter((f): f is { absolute: string; relative: string } => f.absolute !== undefined);
  const first = files[0];
  if (!first) return [];
  const root = first.absolute.slice(0, first.absolute.length - first.relative.split("/").join(path.sep).length).replace(/[\\/]+$/, "");
  const projects = new Set<string>();
  const checked = new Set<string>();
  for (const file of files) {
    for (let dir = path.dirname(file.absolute); dir.startsWith(root) && !checked.has(dir); dir = path.dirname(dir)) {
      checked.add(dir);
      if (fs.existsSync(path.join(dir, "dbt_project.yml"))) projects.add(dir);
      if (dir === path.dirname(dir)) break;
    }
  }
  const yaml: SqlFile[] = [];
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !DBT_SKIP.has(entry.name)) walk(full);
      else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) {
        try {
          yaml.push({ path: path.relative(root, full).split(path.sep).join("/"), text: fs.readFileSync(full, "utf8").replace(/^\uFEFF/, "") });
        } catch {
          // An unreadable YAML file only costs the labels it held.
        }
      }
    }
  };
  for (const project of [...projects].sort()) walk(project);
  return yaml;
}
