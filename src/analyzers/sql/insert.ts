/**
 * INSERT (and MySQL REPLACE) … SELECT / … VALUES: each value or output is written into its column.
 * `ON CONFLICT … DO UPDATE SET` / `ON DUPLICATE KEY UPDATE` writes again, where `excluded.c` and
 * `VALUES(c)` stand for what the INSERT put into column c.
 */
import type { StatementContext } from "./context.js";
import type { Ast } from "./parse.js";
import { buildQuery, isString, Scope, type QueryDef } from "./scope.js";
import { exprSources, outputSources, recordFilters, writeEdge, writeQuery } from "./select-lineage.js";
import { returningFields } from "./select.js";

export function isInsert(ast: Ast): boolean {
  return ast?.type === "insert" || ast?.type === "replace";
}

export function analyzeInsert(ast: Ast, ctx: StatementContext): void {
  const ref: Ast = Array.isArray(ast.table) ? ast.table[0] : ast.table;
  const table = ref ? ctx.names.table(ref) : undefined;
  if (table === undefined) return;
  const site = ctx.writeSite("insert", table);
  const tableKey = ctx.tableNode(table, site);
  ctx.filterTargets = [tableKey];
  const listed: string[] | undefined = Array.isArray(ast.columns) ? ast.columns.map((c: Ast) => ctx.names.ident(c)).filter(isString) : undefined;
  // Hive's static partitions (`PARTITION (dt = '…')`) are set to constants, not from the query.
  const fixed = new Set<string>(Array.isArray(ast.static_partitions) ? ast.static_partitions.map((c: Ast) => ctx.names.ident(c)).filter(isString) : []);
  const columns = listed && listed.length > 0 ? listed : ctx.catalog.columns(table)?.filter((c) => !fixed.has(c));
  const source: Ast = ast.values?.ast ?? ast.values ?? ast.select;
  /** Column → what the INSERT writes into it, for `excluded.c`. */
  const inserted = new Map<string, string[]>();
  const add = (column: string | undefined, keys: Iterable<string>) => {
    if (column !== undefined) inserted.set(column, [...(inserted.get(column) ?? []), ...keys]);
  };
  if (source?.type === "select") {
    // Without a column list or catalog entry, outputs are matched to columns by name.
    const def: QueryDef = buildQuery(ctx, ast.with ? { ...source, with: [...ast.with, ...(source.with ?? [])] } : source, undefined, new Map(), table, "query");
    writeQuery(ctx, def, table, columns, site);
    def.names.forEach((name, i) => add(columns ? columns[i] : name, outputSources(ctx, def, i)));
  } else if (source?.type === "values" && Array.isArray(source.values)) {
    for (const row of source.values) {
      const values: Ast[] = Array.isArray(row?.value) ? row.value : [];
      values.forEach((value, i) => {
        const column = columns?.[i];
        const target = column === undefined ? tableKey : ctx.columnNode(table, column, site);
        const keys = [...exprSources(ctx, value, undefined)];
        for (const key of keys) writeEdge(ctx, key, target, site);
        add(column, keys);
      });
    }
  }
  const upsert: Ast[] = ast.conflict?.set ?? ast.conflict?.action?.expr?.set ?? ast.on_duplicate_update?.set ?? [];
  if (upsert.length > 0) {
    const scope = new Scope({ type: "select", where: ast.conflict?.where }, undefined, new Map());
    scope.sources.push({ kind: "table", alias: ctx.names.ident(ref.as) ?? table.slice(table.indexOf(".") + 1), table });
    scope.sources.push({ kind: "keys", alias: "excluded", columns: inserted });
    for (const assignment of upsert) {
      const column = ctx.names.ident(assignment?.column);
      if (column === undefined) continue;
      const key = ctx.columnNode(table, column, site);
      for (const from of exprSources(ctx, insertedValues(assignment.value), scope)) writeEdge(ctx, from, key, site);
    }
  }
  recordFilters(ctx);
  returningFields(ctx, ast.returning, table, ref);
  ctx.writes.add(table);
}

/** MySQL's `VALUES(c)` in ON DUPLICATE KEY UPDATE → `excluded.c`. */
function insertedValues(expr: Ast): Ast {
  if (!expr || typeof expr !== "object") return expr;
  if (Array.isArray(expr)) return expr.map(insertedValues);
  const name: unknown = expr.type === "function" ? expr.name?.name?.[0]?.value ?? expr.name : undefined;
  const args: Ast[] = expr.args?.value ?? [];
  if (typeof name === "string" && name.toUpperCase() === "VALUES" && args.length === 1 && args[0]?.type === "column_ref") {
    return { ...args[0], table: "excluded" };
  }
  const out: Ast = {};
  for (const key of Object.keys(expr)) out[key] = insertedValues(expr[key]);
  return out;
}
