/**
 * Scopes of a query: what each SELECT reads (tables, CTEs, derived tables) and what it outputs.
 * Pure: no graph writes. The schema catalog uses it to name the columns of views and CTAS tables;
 * select-lineage.ts walks it to connect columns.
 */
import type { SchemaCatalog } from "./catalog.js";
import type { Names } from "./names.js";
import type { Ast } from "./parse.js";

export interface ScopeEnv {
  names: Names;
  catalog: SchemaCatalog;
  /** Every query definition built for the statement, in creation order. */
  defs: QueryDef[];
  /** Query definitions by their SELECT node, so a subquery met twice is one definition. */
  defByAst: Map<Ast, QueryDef>;
  /** Called with each persistent table a FROM clause reads. */
  onTable?: (table: string) => void;
}

export type Source =
  | { kind: "table"; alias: string; table: string }
  | { kind: "query"; alias: string; query: QueryDef }
  /**
   * A table function (`UNNEST(arr) AS x`, `LATERAL FLATTEN(input => v) f`, Hive's `explode`):
   * every output comes from its arguments, read in `scope` (the FROM items before it); `columns`
   * undefined when not named. `fields`: an UNNEST without a column list, whose element's struct
   * fields are columns too (`SELECT key FROM UNNEST(event_params)`), names no scope can check.
   */
  | { kind: "function"; alias: string; columns: string[] | undefined; fields: boolean; args: Ast; scope: Scope }
  /** Columns whose sources are already known (`excluded` in INSERT … ON CONFLICT). */
  | { kind: "keys"; alias: string; columns: ReadonlyMap<string, string[]> };

export interface Qualifier {
  schema?: string;
  table: string;
}

export type Item =
  /** A select-list expression; `written` is its alias or column name as written (for result fields). */
  | { kind: "expr"; name: string; written: string; expr: Ast; scope: Scope }
  /** One column of a `*` or `t.*` expanded from the catalog or a query's outputs. */
  | { kind: "column"; name: string; source: Source; scope: Scope }
  /** A `*` over sources whose columns are unknown. */
  | { kind: "opaque"; sources: Source[]; scope: Scope };

export class Scope {
  readonly sources: Source[] = [];
  /** JOIN … ON conditions and USING columns; `merged`: a FULL / RIGHT join's USING columns are COALESCE(left, right). */
  readonly joins: { on?: Ast; using: string[]; merged?: boolean }[] = [];
  /** The select list, for lateral column aliases (`SELECT a || b AS n, n || c AS id`). */
  items: Item[] = [];
  /** Aliases being resolved, so `SELECT y AS x, x AS y` does not loop. */
  readonly resolving = new Set<string>();

  constructor(
    /** The SELECT (or UPDATE) node whose clauses this scope reads. */
    readonly select: Ast,
    /** The enclosing scope, for correlated references. */
    readonly parent: Scope | undefined,
    readonly ctes: ReadonlyMap<string, QueryDef>,
  ) {}

  /** What a FROM item sees: the items before it, and the enclosing scopes (not itself). */
  lateral(): Scope {
    const view = new Scope(this.select, this.parent, this.ctes);
    view.sources.push(...this.sources);
    return view;
  }

  find(qualifier: Qualifier): Source | undefined {
    if (qualifier.schema !== undefined) {
      const key = `${qualifier.schema}.${qualifier.table}`;
      return this.sources.find((s) => s.kind === "table" && s.table === key);
    }
    return this.sources.find((s) => s.alias === qualifier.table);
  }
}

export interface Branch {
  scope: Scope;
  items: Item[];
}

/** A named query: a CTE, a derived table, a subquery or a statement's own SELECT. */
export class QueryDef {
  /** One branch per UNION / INTERSECT / EXCEPT member. */
  readonly branches: Branch[] = [];
  /** Output column names (of the first branch, or the explicit column list). */
  names: string[] = [];
  /** Whether the outputs include a `*` whose columns are unknown. */
  opaque = false;
  /** Filled by select-lineage: output column → node keys, and the node position and label. */
  readonly nodes = new Map<string, string[]>();
  label?: string;

  constructor(
    readonly name: string,
    readonly kind: "CTE" | "subquery" | "query",
  ) {}
}

/** Builds the definition of a SELECT (with its UNION branches and CTEs). */
export function buildQuery(
  env: ScopeEnv,
  select: Ast,
  parent: Scope | undefined,
  ctes: ReadonlyMap<string, QueryDef>,
  name: string,
  kind: QueryDef["kind"],
  columnNames?: string[],
  recursive = false,
): QueryDef {
  const known = env.defByAst.get(select);
  if (known) return known;
  const def = new QueryDef(name, kind);
  env.defByAst.set(select, def);
  env.defs.push(def);
  // WITH attaches to the first branch but is visible in all of them; a recursive CTE reads itself.
  let shared = withCtes(env, select, parent, ctes);
  if (recursive) shared = new Map(shared).set(name, def);
  for (let branch: Ast = select; branch && typeof branch === "object"; branch = branch._next) {
    def.branches.push(buildBranch(env, branch, parent, branch === select ? shared : withCtes(env, branch, parent, shared)));
    if (def.branches.length === 1) {
      const items = def.branches[0]!.items;
      def.names = items.flatMap((i) => (i.kind === "opaque" ? [] : [i.name]));
      def.opaque = items.some((i) => i.kind === "opaque");
      if (columnNames && columnNames.length > 0) def.names = [...columnNames, ...def.names.slice(columnNames.length)];
    }
  }
  return def;
}

function withCtes(env: ScopeEnv, select: Ast, parent: Scope | undefined, outer: ReadonlyMap<string, QueryDef>): ReadonlyMap<string, QueryDef> {
  const entries: Ast[] = Array.isArray(select.with) ? select.with : [];
  if (entries.length === 0) return outer;
  const ctes = new Map(outer);
  for (const entry of entries) {
    const name = env.names.ident(entry.name);
    const body: Ast = entry.stmt?.ast ?? entry.stmt;
    if (name === undefined || !body || typeof body !== "object") continue;
    const columns = Array.isArray(entry.columns) ? entry.columns.map((c: Ast) => env.names.ident(c?.column ?? c)).filter(isString) : undefined;
    ctes.set(name, buildQuery(env, body, parent, new Map(ctes), name, "CTE", columns, entry.recursive === true));
  }
  return ctes;
}

function buildBranch(env: ScopeEnv, select: Ast, parent: Scope | undefined, ctes: ReadonlyMap<string, QueryDef>): Branch {
  const scope = new Scope(select, parent, ctes);
  const from: Ast[] = Array.isArray(select.from) ? select.from : select.from ? [select.from] : [];
  for (const item of from) addFromItem(env, scope, item, parent, ctes);
  scope.items = selectItems(env, scope, select.columns);
  return { scope, items: scope.items };
}

function addFromItem(env: ScopeEnv, scope: Scope, item: Ast, parent: Scope | undefined, ctes: ReadonlyMap<string, QueryDef>): void {
  if (!item || typeof item !== "object") return;
  const derived: Ast = item.expr?.ast ?? (item.expr?.type === "select" ? item.expr : undefined);
  const alias = env.names.ident(item.as);
  const columns = Array.isArray(item.columns) && item.columns.length > 0 ? item.columns.map((c: Ast) => env.names.ident(c)).filter(isString) : undefined;
  const before = scope.sources.length;
  if (derived && typeof derived === "object" && derived.type === "select") {
    const name = alias ?? "subquery";
    // A LATERAL subquery sees the FROM items before it.
    const lateral = typeof item.prefix === "string" && item.prefix.toUpperCase() === "LATERAL";
    scope.sources.push({ kind: "query", alias: name, query: buildQuery(env, derived, lateral ? scope : parent, ctes, name, "subquery", columns) });
  } else if (typeof item.table === "string" || (item.table && typeof item.table === "object" && "value" in item.table)) {
    const bare = env.names.ident(item.table);
    const cte = !item.db && !item.schema && bare !== undefined ? ctes.get(bare) : undefined;
    if (cte) {
      scope.sources.push({ kind: "query", alias: alias ?? bare!, query: cte });
    } else {
      const table = env.names.table(item);
      if (table === undefined) return;
      env.onTable?.(table);
      scope.sources.push({ kind: "table", alias: alias ?? table.slice(table.indexOf(".") + 1), table });
    }
  } else if (tableFunction(item)) {
    const name = alias ?? "function";
    const fn = functionName(item.expr);
    const unnest = fn === "unnest" || item.type === "unnest";
    // UNNEST(arr) AS x: the element is called x (BigQuery, PostgreSQL), and the fields of a struct
    // element are columns too; other functions name their outputs.
    const fields = unnest && columns === undefined;
    const named = columns ?? (unnest ? (alias === undefined ? undefined : [alias]) : FUNCTION_COLUMNS[fn ?? ""]);
    scope.sources.push({ kind: "function", alias: name, columns: named, fields, args: item.expr, scope: scope.lateral() });
  } else {
    return; // VALUES lists, DUAL: nothing with columns we can name
  }
  const added = scope.sources[before];
  if (item.natural && added) {
    // NATURAL JOIN: USING every column the new source shares with the ones before it.
    const names = sourceNames(env, added) ?? [];
    const shared = names.filter((n) => scope.sources.slice(0, before).some((s) => sourceNames(env, s)?.includes(n)));
    scope.joins.push({ using: shared });
  } else if (item.on || item.using) {
    const using = Array.isArray(item.using) ? item.using.map((u: Ast) => env.names.ident(u)).filter(isString) : [];
    const merged = using.length > 0 && /^(FULL|RIGHT)\b/i.test(String(item.join ?? ""));
    scope.joins.push({ ...optional("on", item.on || undefined), using, merged });
  }
}

function tableFunction(item: Ast): boolean {
  if (item.type === "unnest" || item.type === "table_function") return true;
  const type = item.expr?.type;
  return type === "function" || type === "flatten" || type === "unnest";
}

/** The fixed output columns of table functions. */
const FUNCTION_COLUMNS: Record<string, string[]> = {
  flatten: ["seq", "key", "path", "index", "value", "this"],
};

/** A table function's name (`TABLE(f(…))`: f's). */
function functionName(expr: Ast): string | undefined {
  const parts: Ast[] = Array.isArray(expr?.name?.name) ? expr.name.name : [];
  const last = parts.at(-1)?.value ?? (typeof expr?.name === "string" ? expr.name : undefined);
  const inner: Ast[] = expr?.args?.value ?? [];
  if (typeof last === "string" && /^table$/i.test(last) && inner.length === 1) return functionName(inner[0]);
  if (typeof last === "string") return last.toLowerCase();
  return Array.isArray(expr) && expr.length === 1 ? functionName(expr[0]) : undefined;
}

/** A source's column names, when known. */
export function sourceNames(env: ScopeEnv, source: Source): string[] | undefined {
  switch (source.kind) {
    case "table":
      return env.catalog.columns(source.table);
    case "query":
      return source.query.opaque ? undefined : source.query.names;
    case "function":
      return source.columns;
    case "keys":
      return [...source.columns.keys()];
  }
}

function selectItems(env: ScopeEnv, scope: Scope, columns: Ast): Item[] {
  if (columns === "*" || columns?.type === "star") return expandStar(env, scope, undefined);
  if (!Array.isArray(columns)) return [];
  const items: Item[] = [];
  for (const column of columns) {
    const expr: Ast = column?.expr ?? column;
    if (expr?.type === "column_ref" && isStar(expr.column)) {
      const table = env.names.ident(expr.table);
      const expanded = expandStar(env, scope, table === undefined ? undefined : { table, ...optional("schema", env.names.ident(expr.schema)) });
      // BigQuery's `* EXCEPT (a, b)` and `* REPLACE (f(a) AS a)`, Snowflake's `* EXCLUDE (a, b)`.
      const excepted: Ast[] = column?.except ?? (column?.type === "except" ? column.expr_list ?? [] : /^exclude$/i.test(expr.suffix?.name?.name?.[0]?.value ?? "") ? expr.suffix.args?.value ?? [] : []);
      const dropped = new Set(excepted.map((e: Ast) => env.names.ident(e?.column ?? e?.expr?.column ?? e)).filter(isString));
      const replaced = new Map<string, Ast>();
      for (const r of column?.type === "replace" && Array.isArray(column.expr_list) ? column.expr_list : []) {
        const name = env.names.ident(r?.as);
        if (name !== undefined) replaced.set(name, r.expr);
      }
      for (const item of expanded) {
        if (item.kind === "column" && dropped.has(item.name)) continue;
        const replacement = item.kind === "column" ? replaced.get(item.name) : undefined;
        items.push(replacement && item.kind === "column" ? { kind: "expr", name: item.name, written: item.name, expr: replacement, scope } : item);
      }
    } else if (expr?.type === "star") {
      items.push(...expandStar(env, scope, undefined));
    } else {
      const name = env.names.ident(column?.as) ?? derivedName(env, expr);
      items.push({ kind: "expr", name, written: writtenName(column?.as) ?? writtenName(expr?.type === "column_ref" ? expr.column : undefined) ?? name, expr, scope });
    }
  }
  return items;
}

function expandStar(env: ScopeEnv, scope: Scope, qualifier: Qualifier | undefined): Item[] {
  const found = qualifier ? scope.find(qualifier) : undefined;
  const sources = qualifier ? (found ? [found] : []) : scope.sources;
  const items: Item[] = [];
  for (const source of sources) {
    const names = source.kind === "query" ? source.query.names : sourceNames(env, source);
    for (const name of names ?? []) items.push({ kind: "column", name, source, scope });
    if (names === undefined || (source.kind === "query" && source.query.opaque)) items.push({ kind: "opaque", sources: [source], scope });
  }
  return items;
}

/** The name PostgreSQL gives an unaliased select item. */
function derivedName(env: ScopeEnv, expr: Ast): string {
  if (!expr || typeof expr !== "object") return "?column?";
  switch (expr.type) {
    case "column_ref":
      return env.names.ident(expr.column) ?? "?column?";
    case "cast":
      return derivedName(env, expr.expr);
    case "function": {
      const parts: Ast[] = Array.isArray(expr.name?.name) ? expr.name.name : [];
      const last = parts.at(-1);
      return (typeof last?.value === "string" ? last.value : typeof expr.name === "string" ? expr.name : "?column?").toLowerCase();
    }
    case "aggr_func":
      return typeof expr.name === "string" ? expr.name.toLowerCase() : "?column?";
    case "case":
      return "case";
    default:
      return "?column?";
  }
}

function writtenName(raw: Ast): string | undefined {
  const value: unknown = typeof raw === "string" ? raw : raw?.expr?.value ?? raw?.value;
  return typeof value === "string" ? value : undefined;
}

export function isStar(column: Ast): boolean {
  return column === "*" || column?.expr?.value === "*" || column?.value === "*";
}

export function isString(value: unknown): value is string {
  return typeof value === "string";
}

/** `{ [key]: value }` when value is defined, else `{}` (exactOptionalPropertyTypes-friendly spreads). */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
