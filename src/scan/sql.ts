import type { LineageConfig } from "../config/types.js";
import type { Diagnostic } from "../diagnostics.js";
import type { LineageGraph } from "../graph/lineage-graph.js";
import { analyzeEmbeddedSql, analyzeSqlFiles, buildSchemaCatalog, type SqlFile } from "../analyzers/sql/index.js";
import type { EmbeddedSql } from "../analyzers/typescript/index.js";

export interface SqlAnalysis {
  diagnostics: Diagnostic[];
  /** Hands SQL found in TypeScript to the SQL analyzer, with the schema catalog of every .sql file. */
  embedded: EmbeddedSql;
  /** Diagnostics for embedded SQL, collected while the TypeScript analyzer ran. */
  embeddedDiagnostics(): Diagnostic[];
}

/** Analyses the .sql files (catalog first, so file order does not matter) and prepares embedded SQL. */
export function analyzeSql(graph: LineageGraph, files: Array<{ relative: string; text: string }>, config: LineageConfig): SqlAnalysis {
  const options = { dialect: config.sql?.dialect ?? "postgresql", defaultSchema: config.sql?.defaultSchema ?? "public" };
  const sqlFiles: SqlFile[] = files.map((f) => ({ path: f.relative, text: f.text }));
  const catalog = buildSchemaCatalog(sqlFiles, options);
  const diagnostics = analyzeSqlFiles(sqlFiles, graph, options, catalog);
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
