/**
 * The SQL lineage spec: `cases/*.yaml`, one file per category, each case a statement (or a small
 * project) with the exact column lineage expected. Read by spec.test.ts and, over dist/, by
 * scripts/sql-lineage-dump.mjs for the sqlglot comparison.
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { Diagnostic } from "../../../src/diagnostics.js";
import { analyzeSqlInMemory, columnLineage, type ColumnLineage, type InMemorySql, type SqlFile } from "../../../src/analyzers/sql/index.js";

export interface SpecCase {
  category: string;
  name: string;
  dialect: string;
  defaultSchema: string;
  /** DDL, analysed as its own file before the statement. */
  schema?: string;
  sql?: string;
  /** Further files by path (dbt projects: dbt_project.yml, models/…). */
  files?: Record<string, string>;
  /** Exact data lineage, `src.table.col -> tgt.table.col` (a side may be a whole table). */
  edges: string[];
  /** Columns that must not be a data source of anything. */
  notSources?: string[];
  /** Exact filter / join edges (`col -> table`), checked when given. */
  filter?: string[];
  join?: string[];
  /** Tables the statement writes (table-level writes included), checked when given. */
  writes?: string[];
  /** An error diagnostic is expected (its message contains this text). */
  error?: string;
  /** Not passing yet: why. */
  todo?: string;
}

interface CaseFile {
  defaults?: { dialect?: string; defaultSchema?: string; schema?: string };
  cases: Array<Partial<SpecCase> & { name: string }>;
}

export const CASES_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), "cases");

export function loadCases(dir = CASES_DIR): SpecCase[] {
  const cases: SpecCase[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort()) {
    const category = file.replace(/\.yaml$/, "");
    const content = parse(fs.readFileSync(path.join(dir, file), "utf8")) as CaseFile;
    const defaults = content.defaults ?? {};
    for (const raw of content.cases) {
      const schema = raw.schema ?? defaults.schema;
      cases.push({
        ...raw,
        category,
        dialect: raw.dialect ?? defaults.dialect ?? "postgresql",
        defaultSchema: raw.defaultSchema ?? defaults.defaultSchema ?? "public",
        ...(schema === undefined ? {} : { schema }),
        edges: raw.edges ?? [],
      });
    }
  }
  return cases;
}

export interface SpecResult {
  lineage: ColumnLineage;
  writes: string[];
  diagnostics: Diagnostic[];
}

const PURPOSE = "spec-write";

export function runCase(c: SpecCase): SpecResult {
  const { graph, diagnostics } = analyzeSqlInMemory(caseInput(c));
  const writes = graph.graph
    .filterNodes((_, a) => a.kind === "table" && (a.sinks ?? []).some((s) => s.purpose === PURPOSE))
    .map((key) => graph.node(key).table!)
    .sort();
  return { lineage: columnLineage(graph), writes, diagnostics: diagnostics.filter((d) => !d.message.includes(`@purpose ${PURPOSE}`)) };
}

/** A case as in-memory SQL: its schema, its statement (a sink of PURPOSE) and its project files. */
export function caseInput(c: Pick<SpecCase, "dialect" | "defaultSchema" | "schema" | "sql" | "files">): InMemorySql {
  const files: SqlFile[] = [];
  if (c.schema) files.push({ path: "schema/schema.sql", text: c.schema });
  if (c.sql !== undefined) files.push({ path: "jobs/job.sql", text: `${c.sql}\n-- @purpose ${PURPOSE}\n` });
  const dbtFiles = Object.entries(c.files ?? {}).map(([p, text]) => ({ path: p, text }));
  return { files, dbtFiles, options: { dialect: c.dialect, defaultSchema: c.defaultSchema } };
}
