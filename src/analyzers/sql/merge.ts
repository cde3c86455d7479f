/**
 * MERGE INTO target USING source ON … WHEN [NOT] MATCHED [AND …] THEN UPDATE SET … | INSERT … |
 * DELETE: SET values and inserted values are data into their columns; the ON condition joins, and
 * WHEN conditions filter, the rows written.
 */
import type { StatementContext } from "./context.js";
import type { Ast } from "./parse.js";
import { buildQuery, isString } from "./scope.js";
import { exprSources, filterEdges, recordFilters, writeEdge } from "./select-lineage.js";

export function isMerge(ast: Ast): boolean {
  return ast?.type === "merge";
}

export function analyzeMerge(ast: Ast, ctx: StatementContext): void {
  if (!ast.target || !ast.using) return;
  const using = { ...ast.using, join: "INNER JOIN", on: ast.on };
  const def = buildQuery(ctx, { type: "select", with: ast.with, from: [ast.target, using], columns: [] }, undefined, new Map(), "merge", "query");
  const scope = def.branches[0]?.scope;
  const target = scope?.sources[0];
  if (!scope || target?.kind !== "table") return;
  const table = target.table;
  ctx.reads.delete(table);
  const site = ctx.writeSite("merge", table);
  const tableKey = ctx.tableNode(table, site);
  ctx.filterTargets = [tableKey];
  for (const clause of Array.isArray(ast.when) ? ast.when : []) {
    filterEdges(ctx, exprSources(ctx, clause.condition, scope), "filter");
    if (clause.action === "update") {
      for (const assignment of Array.isArray(clause.set) ? clause.set : []) {
        const column = ctx.names.ident(assignment?.column);
        if (column === undefined) continue;
        const key = ctx.columnNode(table, column, site);
        for (const source of exprSources(ctx, assignment.value, scope)) writeEdge(ctx, source, key, site);
      }
    } else if (clause.action === "insert") {
      const listed: string[] = (Array.isArray(clause.columns) ? clause.columns : []).map((c: Ast) => ctx.names.ident(c)).filter(isString);
      const columns = listed.length > 0 ? listed : ctx.catalog.columns(table);
      const values: Ast[] = Array.isArray(clause.values) ? clause.values : [];
      values.forEach((value, i) => {
        const column = columns?.[i];
        const key = column === undefined ? tableKey : ctx.columnNode(table, column, site);
        for (const source of exprSources(ctx, value, scope)) writeEdge(ctx, source, key, site);
      });
    }
  }
  recordFilters(ctx);
  ctx.writes.add(table);
}
