/**
 * dbt projects: each model (`models/**​/*.sql` under a `dbt_project.yml`) is a view or table named
 * after its file, its Jinja rendered just enough for lineage: `{{ ref('m') }}` and
 * `{{ source('s', 't') }}` become the tables they name, `{{ config(…) }}` sets the schema, alias
 * and materialization, `{{ var(…) }}` its value, `{% set %}` lists feed `{% for %}` loops, `{% if %}`
 * keeps its first branch (the full-refresh one for `is_incremental()`). An ephemeral model is no
 * table: it is inlined as a CTE into the models that ref it, as dbt compiles it. Column
 * `meta: { label: … }` in the project's YAML labels columns.
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
        if (found && found.materialized !== "ephemeral") labels.push(...columnLabels(model.columns, `${found.schema}.${found.alias}`, file));
      }
    }
  }
  /** A model's SQL, and the ephemeral models it reads (theirs first), inlined as CTEs. */
  const compiled = new Map<Model, { sql: string; ephemerals: Model[] }>();
  const compile = (model: Model, inlining: Set<Model>): { sql: string; ephemerals: Model[] } => {
    const known = compiled.get(model);
    if (known) return known;
    const ephemerals: Model[] = [];
    const sql = renderJinja(model.file.text, {
      ref: (name) => {
        const target = models.get(name);
        if (!target) return `${options.defaultSchema}.${name}`;
        if (target.materialized !== "ephemeral") return `${target.schema}.${target.alias}`;
        if (!inlining.has(target)) {
          for (const inner of [...compile(target, new Set([...inlining, target])).ephemerals, target]) if (!ephemerals.includes(inner)) ephemerals.push(inner);
        }
        return ephemeralName(target);
      },
      source: (source, name) => sources.get(`${source}.${name}`) ?? `${source}.${name}`,
      variable: (name, fallback) => (vars.has(name) ? String(vars.get(name)) : fallback ?? "NULL"),
      self: `${model.schema}.${model.alias}`,
    });
    const result = { sql, ephemerals };
    compiled.set(model, result);
    return result;
  };
  for (const model of models.values()) {
    const { sql: body, ephemerals } = compile(model, new Set([model]));
    // The statement starts where the model's SQL does, after its leading comments (`-- @purpose`).
    const start = /^(?:\s+|--[^\n]*|\/\*[\s\S]*?\*\/)*/.exec(body)![0].length;
    let query = body.slice(start).replace(/;\s*$/, "");
    if (ephemerals.length > 0) {
      // On the model's first line, so its lines stay put.
      const ctes = ephemerals.map((e) => `${ephemeralName(e)} AS (${oneLine(statementBody(compile(e, new Set([e])).sql))})`).join(", ");
      const own = /^with(\s+recursive)?\s/i.exec(query);
      query = own ? `WITH${own[1] ?? ""} ${ctes}, ${query.slice(own[0].length)}` : `WITH ${ctes} ${query}`;
    }
    // An ephemeral model's own file only reads: a query.
    const kind = ["table", "incremental", "snapshot"].includes(model.materialized) ? "TABLE" : "VIEW";
    const create = model.materialized === "ephemeral" ? "" : `CREATE ${kind} ${model.schema}.${model.alias} AS `;
    rendered.set(model.file.path, { path: model.file.path, text: `${body.slice(0, start)}${create}${query}` });
  }
  // Label positions: the line of the column's name in the YAML file.
  return { files: sqlFiles.map((f) => rendered.get(f.path) ?? f), labels, diagnostics };
}

/** dbt's name for an inlined ephemeral model. */
function ephemeralName(model: Model): string {
  return `__dbt__cte__${model.name}`;
}

/** Rendered SQL without its leading comments and trailing semicolon. */
function statementBody(sql: string): string {
  return sql.replace(/^(?:\s+|--[^\n]*|\/\*[\s\S]*?\*\/)*/, "").replace(/;\s*$/, "");
}

/** SQL on one line: `--` comments dropped (outside strings), line breaks made spaces. */
function oneLine(sql: string): string {
  let out = "";
  let quote = "";
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "-" && sql[i + 1] === "-") {
      while (i + 1 < sql.length && sql[i + 1] !== "\n") i++;
      continue;
    }
    out += c === "\n" || c === "\r" ? " " : c;
  }
  return out;
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

/** A Jinja value the renderer knows: a string or a list of them. */
type JinjaValue = string | string[];

type Segment = { text: string } | { tag: string; args: string; raw: string };

const TAG = /\{%-?\s*(\w+)([\s\S]*?)-?%\}/g;

/**
 * Renders the Jinja a model uses for its SQL. Every tag keeps its line breaks and a loop's
 * iterations share the lines of its body, so the lines after them stay put.
 */
export function renderJinja(text: string, ctx: JinjaContext): string {
  const keepLines = (tag: string, replacement = "") => replacement + "\n".repeat((tag.match(/\n/g) ?? []).length);
  // Comments, then macros, calls and block sets (`{% set x %}…{% endset %}`): no SQL of the model.
  let out = text.replace(/\{#[\s\S]*?#\}/g, (m) => keepLines(m));
  out = out.replace(/\{%-?\s*(macro|call)\b[\s\S]*?\{%-?\s*end(?:macro|call)\s*-?%\}/g, (m) => keepLines(m));
  out = out.replace(/\{%-?\s*set\s+\w+\s*-?%\}[\s\S]*?\{%-?\s*endset\s*-?%\}/g, (m) => keepLines(m));
  const segments: Segment[] = [];
  let last = 0;
  for (const match of out.matchAll(TAG)) {
    segments.push({ text: out.slice(last, match.index) }, { tag: match[1]!, args: match[2]!.trim(), raw: match[0] });
    last = match.index! + match[0].length;
  }
  segments.push({ text: out.slice(last) });
  const expressions = (segment: string, vars: ReadonlyMap<string, JinjaValue>) =>
    segment.replace(/\{\{-?([\s\S]*?)-?\}\}/g, (m, inner: string) => keepLines(m, expression(inner.trim(), ctx, vars)));

  /** Renders segments from `i` up to one of `stops` at this level; returns the output and where it stopped. */
  const block = (i: number, vars: Map<string, JinjaValue>, stops: Set<string>, emit: boolean): [string, number] => {
    let result = "";
    while (i < segments.length) {
      const segment = segments[i]!;
      if ("text" in segment) {
        result += emit ? expressions(segment.text, vars) : keepLines(segment.text);
        i++;
        continue;
      }
      if (stops.has(segment.tag)) return [result, i];
      result += keepLines(segment.raw);
      i++;
      if (segment.tag === "set") {
        const assignment = /^(\w+)\s*=\s*([\s\S]*)$/.exec(segment.args);
        const value = assignment ? literal(assignment[2]!) : undefined;
        if (emit && value !== undefined) vars.set(assignment![1]!, value);
      } else if (segment.tag === "if") {
        // The first branch whose condition is not known false; is_incremental() is false (a full refresh).
        let taken = false;
        let condition = segment.args;
        for (;;) {
          const keep: boolean = emit && !taken && truth(condition, vars) !== false;
          const [body, next] = block(i, vars, new Set(["elif", "else", "endif"]), keep);
          taken ||= keep;
          result += body;
          const end = segments[next] as { tag: string; args: string; raw: string } | undefined;
          i = next + 1;
          if (!end) break;
          result += keepLines(end.raw);
          if (end.tag === "endif") break;
          condition = end.tag === "else" ? (taken ? "false" : "true") : end.args;
        }
      } else if (segment.tag === "for") {
        const loop = /^(\w+)\s+in\s+([\s\S]+)$/.exec(segment.args);
        const items = loop ? iterable(loop[2]!.trim(), vars) : undefined;
        // An unknown sequence renders its body once, the loop variable standing for itself.
        const runs = emit && items ? items : [undefined];
        let first = "";
        let bodyEnd = i;
        const copies: string[] = [];
        runs.forEach((item, n) => {
          const inner = new Map(vars);
          if (item !== undefined) inner.set(loop![1]!, item);
          inner.set("loop.first", n === 0 ? "true" : "false");
          inner.set("loop.last", n === runs.length - 1 ? "true" : "false");
          inner.set("loop.index", String(n + 1));
          const [body, next] = block(i, inner, new Set(["endfor"]), emit);
          if (n === 0) first = body;
          copies.push(body);
          bodyEnd = next;
        });
        const lines = (first.match(/\n/g) ?? []).length;
        result += copies.length === 1 ? copies[0]! : copies.map(oneLine).join(" ") + "\n".repeat(lines);
        const end = segments[bodyEnd] as { raw: string } | undefined;
        if (end) result += keepLines(end.raw);
        i = bodyEnd + 1;
      }
    }
    return [result, i];
  };
  return block(0, new Map(), new Set(), true)[0];
}

/** A literal list (`['a', "b"]`, `('a', 'b')`) or string, else undefined. */
function literal(source: string): JinjaValue | undefined {
  const text = source.trim();
  const string = /^(['"])(.*)\1$/s.exec(text);
  if (string) return string[2]!;
  if (!/^[[(][\s\S]*[\])]$/.test(text)) return undefined;
  const items = [...text.slice(1, -1).matchAll(/\s*(?:'([^']*)'|"([^"]*)"|(-?\d+(?:\.\d+)?))\s*(,|$)/g)];
  return items.map((m) => m[1] ?? m[2] ?? m[3]!);
}

function iterable(source: string, vars: ReadonlyMap<string, JinjaValue>): string[] | undefined {
  const value = vars.get(source) ?? literal(source);
  return Array.isArray(value) ? value : undefined;
}

/** A condition's value when the renderer knows it (`loop.last`, `not is_incremental()`, true / false). */
function truth(condition: string, vars: ReadonlyMap<string, JinjaValue>): boolean | undefined {
  const negated = /^not\s+([\s\S]+)$/.exec(condition.trim());
  if (negated) {
    const inner = truth(negated[1]!, vars);
    return inner === undefined ? undefined : !inner;
  }
  const c = condition.trim();
  if (/^is_incremental\s*\(\s*\)$/.test(c)) return false;
  if (/^(true|false)$/i.test(c)) return /^true$/i.test(c);
  const value = vars.get(c);
  return value === "true" ? true : value === "false" ? false : undefined;
}

function expression(inner: string, ctx: JinjaContext, vars: ReadonlyMap<string, JinjaValue> = new Map()): string {
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
  const value = vars.get(inner);
  if (typeof value === "string") return value;
  // Another simple name stands for itself; anything else for an unknown value.
  return /^\w+$/.test(inner) ? inner : "NULL";
}

/** Labels from dbt YAML on the graph's column nodes. */
export function applyColumnLabels(graph: LineageGraph, catalog: SchemaCatalog, labels: ColumnLabel[]): void {
  for (const { table, column, labels: names, file, line } of labels) labelColumn(graph, catalog, table, column, names, { file, line, column: 1 });
}
