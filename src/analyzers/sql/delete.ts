/**
 * DELETE and TRUNCATE: no column lineage, but a table-level write (a `-- @purpose` or a table sink
 * covers it); DELETE's WHERE and USING columns decide which rows go, so they filter the table.
 */
import type { StatementContext } from "./context.js";
import type { Ast } from "./parse.js";
import { buildQuery } from "./scope.js";
import { recordFilters } from "./select-lineage.js";

export function isDelete(ast: Ast): boolean {
  return ast?.type === "delete" || ast?.type === "truncate";
}

export function analyzeDelete(ast: Ast, ctx: StatementContext): void {
  if (ast.type === "truncate") {
    const refs: Ast[] = Array.isArray(ast.name) ? ast.name : Array.isArray(ast.table) ? ast.table : [];
    for (const ref of refs) {
      const table = ref ? ctx.names.table(ref) : undefined;
      if (table === undefined) continue;
      ctx.tableNode(table, ctx.writeSite("truncate", table));
      ctx.writes.add(table);
    }
    return;
  }
  const targets: Ast[] = Array.isArray(ast.table) ? ast.table : ast.table ? [ast.table] : [];
  const from: Ast[] = Array.isArray(ast.from) ? ast.from : ast.from ? [ast.from] : [];
  const target = targets[0];
  if (!target) return;
  // MySQL's `DELETE t FROM t JOIN s …` and node-sql-parser list the target in FROM; PostgreSQL's USING does not.
  const sameTable = (item: Ast) => item && ctx.names.table(item) === ctx.names.table(target);
  const items = from.some(sameTable) ? from : [target, ...from];
  const def = buildQuery(ctx, { type: "select", with: ast.with, from: items, columns: [], where: ast.where }, undefined, new Map(), "delete", "query");
  const source = def.branches[0]?.scope.sources.find((s) => s.kind === "table" && (s.alias === ctx.names.ident(target.as) || s.table === ctx.names.table(target)));
  if (source?.kind !== "table") return;
  ctx.reads.delete(source.table);
  ctx.filterTargets = [ctx.tableNode(source.table, ctx.writeSite("delete", source.table))];
  recordFilters(ctx);
  ctx.writes.add(source.table);
}
