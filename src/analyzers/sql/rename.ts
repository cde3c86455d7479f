/**
 * ALTER TABLE / VIEW … RENAME TO: the table lives on under its new name, so its columns flow into
 * the new name's (read as `CREATE TABLE new AS SELECT * FROM old`, which also gives the catalog
 * the new name's columns). A new name without a schema stays in the old one's schema.
 */
import type { TableDefinition } from "./catalog.js";
import type { StatementContext } from "./context.js";
import type { Names } from "./names.js";
import type { Ast } from "./parse.js";
import { buildQuery } from "./scope.js";
import { writeQuery } from "./select-lineage.js";

function renameParts(ast: Ast, names: Names): { from: string; to: string; query: Ast } | undefined {
  if (ast?.type !== "alter") return undefined;
  const ref: Ast = Array.isArray(ast.table) ? ast.table[0] : ast.table;
  const action: Ast = (Array.isArray(ast.expr) ? ast.expr : []).find((e: Ast) => e?.action === "rename" && (e.resource === "table" || e.resource === "view"));
  const from = ref ? names.table(ref) : undefined;
  if (!action || from === undefined) return undefined;
  const raw: Ast = action.table;
  const written = typeof raw === "object" && raw && "table" in raw ? names.table(raw) : names.table({ table: raw });
  const newName = written && names.ident(typeof raw === "object" && raw && "table" in raw ? raw.table : raw);
  if (written === undefined || newName === undefined) return undefined;
  const explicitSchema = typeof raw === "object" && raw && "table" in raw && raw.db;
  const to = explicitSchema ? written : `${from.slice(0, from.indexOf("."))}.${newName}`;
  const [schema, table] = [from.slice(0, from.indexOf(".")), from.slice(from.indexOf(".") + 1)];
  const query = { type: "select", columns: [{ expr: { type: "column_ref", table: null, column: "*" } }], from: [{ db: { type: "quoted_identifier", value: schema }, table: { type: "quoted_identifier", value: table }, as: null }] };
  return { from, to, query };
}

export function isRename(ast: Ast): boolean {
  return ast?.type === "alter" && (Array.isArray(ast.expr) ? ast.expr : []).some((e: Ast) => e?.action === "rename" && (e.resource === "table" || e.resource === "view"));
}

export function renameDefinition(ast: Ast, names: Names): { definition: TableDefinition } | undefined {
  const parts = renameParts(ast, names);
  return parts ? { definition: { table: parts.to, view: false, temporary: false, query: parts.query } } : undefined;
}

export function analyzeRename(ast: Ast, ctx: StatementContext): void {
  const parts = renameParts(ast, ctx.names);
  if (!parts) return;
  const site = ctx.writeSite("rename", parts.to);
  const def = buildQuery(ctx, parts.query, undefined, new Map(), parts.to, "query");
  writeQuery(ctx, def, parts.to, undefined, site);
  ctx.writes.add(parts.to);
}
