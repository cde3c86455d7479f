/** CREATE [OR REPLACE] [MATERIALIZED] VIEW … AS SELECT: the view's columns are written from its query. */
import type { TableDefinition } from "./catalog.js";
import type { StatementContext } from "./context.js";
import type { Names } from "./names.js";
import type { Ast } from "./parse.js";
import { buildQuery, isString } from "./scope.js";
import { recordFilters, writeQuery } from "./select-lineage.js";

export function isCreateView(ast: Ast): boolean {
  return ast?.type === "create" && ast.keyword === "view";
}

function viewParts(ast: Ast, names: Names): { table: string; query: Ast; columns: string[] } | undefined {
  const ref: Ast = ast.view ?? (Array.isArray(ast.table) ? ast.table[0] : ast.table);
  const table = ref ? names.table({ db: ref.db, schema: ref.schema, table: ref.view ?? ref.table }) : undefined;
  const query: Ast = ast.select?.ast ?? ast.select;
  if (table === undefined || query?.type !== "select") return undefined;
  const columns: string[] = Array.isArray(ast.columns) ? ast.columns.map((c: Ast) => names.ident(c)).filter(isString) : [];
  return { table, query, columns };
}

export function viewDefinition(ast: Ast, names: Names): { definition: TableDefinition } | undefined {
  if (!isCreateView(ast)) return undefined;
  const parts = viewParts(ast, names);
  if (!parts) return undefined;
  const definition: TableDefinition = { table: parts.table, view: true, temporary: Boolean(ast.temporary), query: parts.query };
  if (parts.columns.length > 0) definition.columns = parts.columns;
  return { definition };
}

export function analyzeCreateView(ast: Ast, ctx: StatementContext): void {
  const parts = viewParts(ast, ctx.names);
  if (!parts) return;
  const site = ctx.writeSite("create view", parts.table);
  ctx.filterTargets = [ctx.tableNode(parts.table, site, true)];
  const def = buildQuery(ctx, parts.query, undefined, new Map(), parts.table, "query", parts.columns);
  writeQuery(ctx, def, parts.table, parts.columns.length > 0 ? parts.columns : undefined, site);
  recordFilters(ctx);
  ctx.writes.add(parts.table);
}
