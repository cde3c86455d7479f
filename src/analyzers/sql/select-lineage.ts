/**
 * Column lineage over scopes, in the manner of sqlglot's lineage.py: a column resolves in its
 * scope, then recurses into the CTE or subquery that defines it, down to persistent columns. Every
 * column inside a select-list expression is a data source of that output; columns used by WHERE,
 * JOIN, GROUP BY, HAVING and QUALIFY only get `filter` / `join` edges.
 */
import { nodeKey, type EdgeKind, type WriteSite } from "../../graph/lineage-graph.js";
import type { StatementContext } from "./context.js";
import type { Ast } from "./parse.js";
import { buildQuery, isStar, type Item, type QueryDef, type Scope, type Source } from "./scope.js";

/** Keywords some dialects parse as bare column references. */
const NOT_COLUMNS = new Set([
  "current_date", "current_time", "current_timestamp", "current_user", "session_user", "localtime",
  "localtimestamp", "sysdate", "systimestamp", "true", "false", "null", "default",
]);

/** Keys of AST nodes that hold no expressions. */
const NOT_EXPRESSIONS = new Set(["loc", "tableList", "columnList", "target", "dataType"]);

/** Node keys of every column (and bind) `expr` reads, through subqueries. */
export function exprSources(ctx: StatementContext, expr: Ast, scope: Scope | undefined, into = new Set<string>()): Set<string> {
  if (!expr || typeof expr !== "object") return into;
  if (Array.isArray(expr)) {
    for (const part of expr) exprSources(ctx, part, scope, into);
    return into;
  }
  if (expr.type === "column_ref") {
    for (const key of columnRef(ctx, expr, scope)) into.add(key);
    return into;
  }
  const subquery: Ast = expr.ast?.type === "select" ? expr.ast : expr.type === "select" ? expr : undefined;
  if (subquery) {
    const def = buildQuery(ctx, subquery, scope, scope?.ctes ?? new Map(), "subquery", "subquery");
    for (let i = 0; i < def.names.length; i++) for (const key of outputSources(ctx, def, i)) into.add(key);
    return into;
  }
  if (typeof expr.as_window_specification === "string" && scope) {
    // OVER w: the named window's PARTITION BY / ORDER BY.
    const named: Ast[] = scope.select?.window?.expr ?? [];
    exprSources(ctx, named.find((w) => w?.name === expr.as_window_specification), scope, into);
  }
  for (const key of Object.keys(expr)) if (!NOT_EXPRESSIONS.has(key)) exprSources(ctx, expr[key], scope, into);
  return into;
}

function columnRef(ctx: StatementContext, ref: Ast, scope: Scope | undefined): string[] {
  if (isStar(ref.column)) return [];
  // BigQuery's `ARRAY_AGG(…)[OFFSET(0)]`: a subscripted expression in the column's place.
  const inner: Ast = ref.column?.expr;
  if (inner && typeof inner === "object" && typeof inner.value !== "string" && typeof inner.value !== "number") return [...exprSources(ctx, inner, scope)];
  const column = ctx.names.ident(ref.column);
  if (column === undefined || column.startsWith("@")) return [];
  const qualifiers = [ref.db, ref.schema, ref.table].map((part) => ctx.names.ident(part)).filter((part): part is string => part !== undefined);
  if (qualifiers.length === 0) {
    const bind = ctx.binds.get(column.toLowerCase());
    if (bind) return [bindNode(ctx, bind.name)];
    if (NOT_COLUMNS.has(column)) return [];
  }
  return resolveColumn(ctx, scope, [...qualifiers, column]);
}

/** Bind nodes are created by the embedded-SQL driver once the statement's writes are known. */
function bindNode(ctx: StatementContext, name: string): string {
  return nodeKey.at("sql-expr", ctx.position, `bind:${name}`);
}

/**
 * Resolves a dotted reference in its scope, then in enclosing scopes (correlated subqueries):
 * `schema.table.column`, `alias.column`, else `column.field…` (a struct or JSON field of a column).
 */
function resolveColumn(ctx: StatementContext, scope: Scope | undefined, parts: string[]): string[] {
  const n = parts.length;
  for (let s = scope; s; s = s.parent) {
    if (n >= 3) {
      const source = s.find({ schema: parts[n - 3]!, table: parts[n - 2]! });
      if (source) return sourceColumn(ctx, source, parts[n - 1]!);
    }
    for (let i = 0; i + 1 < n; i++) {
      // `alias.column` (i = n - 2), or `alias.column.field` when the alias comes first.
      const source = s.find({ table: parts[i]! });
      if (source && (i === n - 2 || i === 0)) return sourceColumn(ctx, source, parts[i + 1]!);
    }
  }
  return resolveUnqualified(ctx, scope, parts[0]!);
}

function resolveUnqualified(ctx: StatementContext, scope: Scope | undefined, column: string): string[] {
  for (let s = scope; s; s = s.parent) {
    // A FULL / RIGHT JOIN … USING column is COALESCE(left, right): every side's.
    const merged = s.joins.some((join) => join.merged && join.using.includes(column));
    const owners: Source[] = [];
    const unknown: Source[] = [];
    /** UNNESTed elements whose struct fields may include it: the last guess of this scope. */
    const elements: Source[] = [];
    for (const source of s.sources) {
      const has = hasColumn(ctx, source, column);
      if (has === true && !merged) return sourceColumn(ctx, source, column);
      if (has === true) owners.push(source);
      else if (has === undefined) (source.kind === "function" && source.fields ? elements : unknown).push(source);
    }
    if (owners.length > 0) return [...owners, ...unknown].flatMap((source) => sourceColumn(ctx, source, column));
    // A lateral column alias: an earlier output of the same select list.
    const alias = s.resolving.has(column) ? undefined : s.items.find((item) => item.kind === "expr" && item.name === column);
    if (alias?.kind === "expr") {
      s.resolving.add(column);
      try {
        return [...exprSources(ctx, alias.expr, alias.scope)];
      } finally {
        s.resolving.delete(column);
      }
    }
    // Not in any known schema: it belongs to one of the sources whose columns are unknown.
    const guesses = unknown.length > 0 ? unknown : elements;
    if (guesses.length > 0) return guesses.flatMap((source) => sourceColumn(ctx, source, column));
  }
  return [];
}

/** true / false when the source's columns are known, undefined when they are not. */
function hasColumn(ctx: StatementContext, source: Source, column: string): boolean | undefined {
  switch (source.kind) {
    case "table":
      return ctx.catalog.columns(source.table)?.includes(column);
    case "query":
      if (source.query.names.includes(column)) return true;
      return source.query.opaque ? undefined : false;
    case "function":
      if (source.columns?.includes(column)) return true;
      return source.columns === undefined || source.fields ? undefined : false;
    case "keys":
      return source.columns.has(column);
  }
}

function sourceColumn(ctx: StatementContext, source: Source, column: string): string[] {
  switch (source.kind) {
    case "table":
      return [ctx.columnNode(source.table, column)];
    case "query":
      return queryColumn(ctx, source.query, column);
    case "function":
      return [...exprSources(ctx, source.args, source.scope)];
    case "keys":
      return source.columns.get(column) ?? [];
  }
}

/** The node of a CTE's or subquery's output column, built on first use with edges from its sources. */
function queryColumn(ctx: StatementContext, def: QueryDef, column: string): string[] {
  const cached = def.nodes.get(column);
  if (cached) return cached;
  const index = def.names.indexOf(column);
  if (index < 0 && !def.opaque) return [];
  const { position, label } = ctx.place(def);
  const key = ctx.exprNode(nodeKey.at("sql-expr", position, `${label}.${column}`), `${def.kind} ${label}.${column}`, position);
  def.nodes.set(column, [key]);
  const sources =
    index >= 0
      ? outputSources(ctx, def, index)
      : def.branches.flatMap((b) => b.items.flatMap((item) => (item.kind === "opaque" ? item.sources : [])))
          .flatMap((source) => (hasColumn(ctx, source, column) === false ? [] : sourceColumn(ctx, source, column)));
  for (const source of sources) ctx.edge(source, key, { kind: "data" });
  return def.nodes.get(column)!;
}

/** The node keys feeding output column `index` of a query, across its UNION branches. */
export function outputSources(ctx: StatementContext, def: QueryDef, index: number): string[] {
  const keys = new Set<string>();
  for (const branch of def.branches) {
    const item = columnItems(branch.items)[index];
    if (item) for (const key of itemSources(ctx, item)) keys.add(key);
  }
  return [...keys];
}

function itemSources(ctx: StatementContext, item: Item): Iterable<string> {
  if (item.kind === "expr") return exprSources(ctx, item.expr, item.scope);
  if (item.kind === "column") return sourceColumn(ctx, item.source, item.name);
  return [];
}

function columnItems(items: Item[]): Item[] {
  return items.filter((item) => item.kind !== "opaque");
}

/** Persistent tables whose columns reach a query's output through a `*` that could not be expanded. */
export function opaqueTables(def: QueryDef, seen = new Set<QueryDef>()): string[] {
  if (seen.has(def)) return [];
  seen.add(def);
  const tables = new Set<string>();
  for (const branch of def.branches) {
    for (const item of branch.items) {
      if (item.kind !== "opaque") continue;
      for (const source of item.sources) {
        if (source.kind === "table") tables.add(source.table);
        else if (source.kind === "query") for (const table of opaqueTables(source.query, seen)) tables.add(table);
      }
    }
  }
  return [...tables].sort();
}

/**
 * Writes a query's outputs into `table`: by position onto `columns` when they are known, else by
 * output name. Outputs past a `*` that could not be expanded, and the tables behind it, become
 * table-level lineage (edges into the table node).
 */
export function writeQuery(ctx: StatementContext, def: QueryDef, table: string, columns: string[] | undefined, site: WriteSite): void {
  const tableKey = ctx.tableNode(table, site);
  const first = def.branches[0]?.items ?? [];
  const opaqueAt = first.findIndex((item) => item.kind === "opaque");
  const mapped = opaqueAt < 0 ? def.names.length : columnItems(first.slice(0, opaqueAt)).length;
  for (let i = 0; i < def.names.length; i++) {
    const name = columns ? columns[i] : def.names[i] === "?column?" ? undefined : def.names[i];
    const target = i < mapped && name !== undefined ? ctx.columnNode(table, name, site) : tableKey;
    for (const source of outputSources(ctx, def, i)) writeEdge(ctx, source, target, site);
  }
  for (const source of opaqueTables(def)) writeEdge(ctx, ctx.tableNode(source), tableKey, site);
}

export function writeEdge(ctx: StatementContext, from: string, to: string, site: WriteSite): void {
  ctx.edge(from, to, { kind: "data", write: site });
}

/** Filter and join edges for every query of the statement (queries found on the way included). */
export function recordFilters(ctx: StatementContext): void {
  for (let i = 0; i < ctx.defs.length; i++) {
    const def = ctx.defs[i]!;
    for (const { scope } of def.branches) {
      const select = scope.select ?? {};
      filterEdges(ctx, exprSources(ctx, select.where, scope), "filter");
      for (const join of scope.joins) {
        if (join.on) filterEdges(ctx, exprSources(ctx, join.on, scope), "join");
        for (const column of join.using) {
          const keys = scope.sources.flatMap((source) => (hasColumn(ctx, source, column) === false ? [] : sourceColumn(ctx, source, column)));
          filterEdges(ctx, keys, "join");
        }
      }
      const groups: Ast[] = Array.isArray(select.groupby) ? select.groupby : select.groupby?.columns ?? [];
      const items = columnItems(scope.items);
      for (const group of groups) {
        // GROUP BY 2: the second select item; GROUP BY ALL: every select item that aggregates nothing.
        const grouped =
          group?.type === "number" ? items.slice(Number(group.value) - 1, Number(group.value))
          : group?.type === "origin" && /^all$/i.test(String(group.value)) ? items.filter((item) => item.kind !== "expr" || !aggregates(item.expr))
          : undefined;
        // A name that is no column of the FROM items resolves to the select item it aliases.
        if (grouped) for (const item of grouped) filterEdges(ctx, itemSources(ctx, item), "filter");
        else filterEdges(ctx, exprSources(ctx, group, scope), "filter");
      }
      filterEdges(ctx, exprSources(ctx, select.having, scope), "filter");
      filterEdges(ctx, exprSources(ctx, select.qualify, scope), "filter");
    }
  }
}

/** Aggregate functions node-sql-parser reads as plain functions. */
const AGGREGATES = new Set([
  "countif", "logical_or", "logical_and", "any_value", "array_agg", "string_agg", "listagg", "approx_count_distinct",
  "collect_list", "collect_set", "bool_or", "bool_and", "median", "stddev", "variance", "arbitrary", "max_by", "min_by",
]);

/** Whether an expression aggregates (an aggregate outside a window), for GROUP BY ALL. */
function aggregates(expr: Ast): boolean {
  if (!expr || typeof expr !== "object") return false;
  if (Array.isArray(expr)) return expr.some(aggregates);
  if (expr.ast || expr.type === "select") return false;
  const name: unknown = expr.type === "aggr_func" ? expr.name : expr.type === "function" ? expr.name?.name?.at(-1)?.value ?? expr.name?.schema?.value : undefined;
  if (!expr.over && (expr.type === "aggr_func" || (typeof name === "string" && AGGREGATES.has(name.toLowerCase())))) return true;
  return Object.keys(expr).some((key) => !NOT_EXPRESSIONS.has(key) && aggregates(expr[key]));
}

export function filterEdges(ctx: StatementContext, keys: Iterable<string>, kind: EdgeKind): void {
  for (const key of keys) for (const target of ctx.filterTargets) ctx.edge(key, target, { kind });
}
