/**
 * dbt projects: each model (`models/**​/*.sql` under a `dbt_project.yml`) is a view or table named
 * after its file, its Jinja rendered just enough for lineage: `{{ ref('m') }}` and
 * `{{ source('s', 't') }}` become the tables they name, `{{ config(…) }}` sets the schema, alias
 * and materialization, `{{ var(…) }}` its value, `{% if %}` keeps its first branch (the full-refresh
 * one for `is_incremental()`). Column `meta: { label: … }` in the project's YAML labels columns.
 */
import { parse as parseYaml } from "yaml";
import type { Diagnostic } from "../../diagnostics.js";
import type { LineageGraph } from "../../graph/lineage-graph.js";
import { labelColumn } from "./annotations.js";
import type { SchemaCatalog, SqlFile, SqlOptions } from "./catalog.js";

/** A label a dbt YAML file puts on a column. */
export interface ColumnLabel {
  table: string;
  column: string;
  labels: string[];
  file: string;
  line: number;
}

export interface DbtProjects {
  /** The SQL files, with dbt models rendered as CREATE VIEW / CREATE TABLE … AS statements. */
  files: SqlFile[];
  labels: ColumnLabel[];
  diagnostics: Diagnostic[];
}

interface Model {
  file: SqlFile;
  name: string;
  schema: string;
  alias: string;
  materialized: string;
}

type Yaml = any;

/**
 * Renders the dbt models among `sqlFiles`. `yamlFiles` are the projects' `dbt_project.yml` and the
 * YAML files beside their models (paths relative to the scan root, like the SQL files'). SQL files
 * outside a dbt project come back unchanged.
 */
export function prepareDbtProjects(sqlFiles: SqlFile[], yamlFiles: SqlFile[], options: SqlOptions): DbtProjects {
  const diagnostics: Diagnostic[] = [];
  const labels: ColumnLabel[] = [];
  const projects = yamlFiles.filter((f) => f.path === "dbt_project.yml" || f.path.endsWith("/dbt_project.yml"));
  if (projects.length === 0) return { files: sqlFiles, labels, diagnostics };
  const read = (file: SqlFile): Yaml => {
    try {
      return parseYaml(file.text) ?? {};
    } catch (e) {
      diagnostics.push({ file: file.path, line: 1, severity: "error", message: `could not read dbt YAML: ${(e as Error).message.split("\n")[0]}` });
      return {};
    }
  };
  const models = new Map<string, Model>();
  const sources = new Map<string, string>();
  const vars = new Map<string, unknown>();
  const rendered = new Map<string, SqlFile>();
  for (const projectFile of projects) {
    const root = projectFile.path.slice(0, projectFile.path.length - "dbt_project.yml".length);
    const project = read(projectFile);
    const modelPaths: string[] = Array.isArray(project["model-paths"]) ? project["model-paths"] : Array.isArray(project["source-paths"]) ? project["source-paths"] : ["models"];
    const inProject = (path: string) => path.startsWith(root) && modelPaths.some((m) => path.startsWith(`${root}${m.replace(/\/$/, "")}/`));
    for (const [key, value] of Object.entries(project.vars ?? {})) vars.set(key, value);
    const projectConfig = project.models?.[project.name] ?? {};
    for (const file of sqlFiles.filter((f) => inProject(f.path))) {
      const name = file.path.split("/").pop()!.replace(/\.sql$/, "");
      const config = { ...folderConfig(projectConfig, file.path.slice(root.length).split("/").slice(1, -1)), ...inlineConfig(file.text) };
      const schema = typeof config.schema === "string" ? config.schema.toLowerCase() : options.defaultSchema;
      models.set(name, { file, name, schema, alias: typeof config.alias === "string" ? config.alias.toLowerCase() : name.toLowerCase(), materialized: String(config.materialized ?? "view") });
    }
    for (const file of yamlFiles.filter((f) => inProject(f.path) || (f.path.startsWith(root) && f !== projectFile))) {
      const doc = read(file);
      for (const source of Array.isArray(doc.sources) ? doc.sources : []) {
        const schema = String(source.schema ?? source.name).toLowerCase();
        for (const table of Array.isArray(source.tables) ? source.tables : []) {
          const qualified = `${schema}.${String(table.identifier ?? table.name).toLowerCase()}`;
          sources.set(`${source.name}.${table.name}`, qualified);
          labels.push(...columnLabels(table.columns, qualified, file));
        }
      }
      for (const model of Array.isArray(doc.models) ? doc.models : []) {
        const found = models.get(String(model.name));
        if (found) labels.push(...columnLabels(model.columns, `${found.schema}.${found.alias}`, file));
      }
    }
  }
  for (const model of models.values()) {
    const table = `${model.schema}.${model.alias}`;
    const body = renderJinja(model.file.text, {
      ref: (name) => {
        const target = models.get(name);
        return target ? `${target.schema}.${target.alias}` : `${options.defaultSchema}.${name}`;
      },
      source: (source, name) => sources.get(`${source}.${name}`) ?? `${source}.${name}`,
      variable: (name, fallback) => (vars.has(name) ? String(vars.get(name)) : fallback ?? "NULL"),
      self: table,
    });
    const kind = ["table", "incremental", "snapshot"].includes(model.materialized) ? "TABLE" : "VIEW";
    // The statement starts where the model's SQL does, after its leading comments (`-- @purpose`).
    const start = /^(?:\s+|--[^\n]*|\/\*[\s\S]*?\*\/)*/.exec(body)![0].length;
    const text = `${body.slice(0, start)}CREATE ${kind} ${table} AS ${body.slice(start).replace(/;\s*$/, "")}`;
    rendered.set(model.file.path, { path: model.file.path, text });
  }
  // Label positions: the line of the column's name in the YAML file.
  return { files: sqlFiles.map((f) => rendered.get(f.path) ?? f), labels, diagnostics };
}

function folderConfig(config: Yaml, folders: string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  let level = config;
  for (let i = 0; level && typeof level === "object"; i++) {
    for (const [key, value] of Object.entries(level)) if (key.startsWith("+")) result[key.slice(1)] = value;
    const folder = folders[i];
    level = folder === undefined ? undefined : level[folder];
  }
  return result;
}

/** `{{ config(materialized='table', schema='mart') }}` → its keyword arguments. */
function inlineConfig(text: string): Record<string, string> {
  const config: Record<string, string> = {};
  const call = /\{\{-?\s*config\s*\(([\s\S]*?)\)\s*-?\}\}/.exec(text);
  for (const match of call?.[1]?.matchAll(/(\w+)\s*=\s*['"]([^'"]*)['"]/g) ?? []) config[match[1]!] = match[2]!;
  return config;
}

function columnLabels(columns: Yaml, table: string, file: SqlFile): ColumnLabel[] {
  const found: ColumnLabel[] = [];
  for (const column of Array.isArray(columns) ? columns : []) {
    const meta = column?.meta ?? column?.config?.meta ?? {};
    const raw = meta.label ?? meta.labels;
    const labels = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(String);
    if (labels.length === 0 || typeof column.name !== "string") continue;
    const at = file.text.search(new RegExp(`name:\\s*['"]?${column.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}['"]?\\s*$`, "m"));
    const line = at < 0 ? 1 : file.text.slice(0, at).split("\n").length;
    found.push({ table, column: column.name.toLowerCase(), labels, file: file.path, line });
  }
  return found;
}

interface JinjaContext {
  ref(name: string): string;
  source(source: string, name: string): string;
  variable(name: string, fallback: string | undefined): string;
  self: string;
}

const STRING_ARG = /^\s*['"]([^'"]*)['"]\s*$/;

/** Renders the Jinja a model uses for its SQL; every tag keeps its line breaks, so lines stay put. */
export function renderJinja(text: string, ctx: JinjaContext): string {
  const keepLines = (tag: string, replacement = "") => replacement + "\n".repeat((tag.match(/\n/g) ?? []).length);
  // Comments, then {% … %} blocks: keep an if's first branch (the else of is_incremental()), drop macros and sets.
  let out = text.replace(/\{#[\s\S]*?#\}/g, (m) => keepLines(m));
  out = out.replace(/\{%-?\s*(macro|call|set)\b[\s\S]*?%\}(?:[\s\S]*?\{%-?\s*end(?:macro|call|set)\s*-?%\})?/g, (m, kind: string) =>
    kind === "set" && !/\{%-?\s*endset/.test(m) ? keepLines(m) : keepLines(m),
  );
  const blocks = /\{%-?\s*(if|elif|else|endif|for|endfor)\b([\s\S]*?)-?%\}/g;
  const stack: { keep: boolean; taken: boolean; incremental: boolean }[] = [];
  let result = "";
  let last = 0;
  const active = () => stack.every((frame) => frame.keep);
  for (const match of out.matchAll(blocks)) {
    if (active()) result += out.slice(last, match.index);
    else result += "\n".repeat((out.slice(last, match.index).match(/\n/g) ?? []).length);
    last = match.index! + match[0].length;
    result += keepLines(match[0]);
    const kind = match[1]!;
    const condition = match[2] ?? "";
    if (kind === "if") {
      const incremental = /is_incremental\s*\(/.test(condition);
      stack.push({ keep: !incremental, taken: !incremental, incremental });
    } else if (kind === "elif" || kind === "else") {
      const frame = stack.at(-1);
      if (frame) {
        frame.keep = !frame.taken;
        frame.taken = true;
      }
    } else if (kind === "for") stack.push({ keep: true, taken: true, incremental: false });
    else stack.pop();
  }
  result += active() ? out.slice(last) : "";
  return result.replace(/\{\{-?([\s\S]*?)-?\}\}/g, (m, inner: string) => keepLines(m, expression(inner.trim(), ctx)));
}

function expression(inner: string, ctx: JinjaContext): string {
  const call = /^(\w+(?:\.\w+)?)\s*\(([\s\S]*)\)$/.exec(inner);
  const args = call ? call[2]!.split(",").map((a) => STRING_ARG.exec(a)?.[1]) : [];
  switch (call?.[1]) {
    case "ref":
      return ctx.ref(args.at(-1) ?? "");
    case "source":
      return ctx.source(args[0] ?? "", args[1] ?? "");
    case "var":
      return ctx.variable(args[0] ?? "", args[1]);
    case "config":
      return "";
  }
  if (inner === "this") return ctx.self;
  // A loop variable or other simple name stands for itself; anything else for an unknown value.
  return /^\w+$/.test(inner) ? inner : "NULL";
}

/** Labels from dbt YAML on the graph's column nodes. */
export function applyColumnLabels(graph: LineageGraph, catalog: SchemaCatalog, labels: ColumnLabel[]): void {
  for (const { table, column, labels: names, file, line } of labels) labelColumn(graph, catalog, table, column, names, { file, line, column: 1 });
}
