/** UPDATE … SET col = expr [FROM …] WHERE …: SET values are data into their columns, the rest filters. */
import type { StatementContext } from "./context.js";
import type { Ast } from "./parse.js";
import { buildQuery } from "./scope.js";
import { exprSources, recordFilters, writeEdge } from "./select-lineage.js";
import { returningFields } from "./select.js";

export function isUpdate(ast: Ast): boolean {
  return ast?.type === "update";
}

export function analyzeUpdate(ast: Ast, ctx: StatementContext): void {
  let targets: Ast[] = Array.isArray(ast.table) ? ast.table : ast.table ? [ast.table] : [];
  let from: Ast[] = Array.isArray(ast.from) ? ast.from : ast.from ? [ast.from] : [];
  // SQL Server's `UPDATE s SET … FROM t AS s JOIN …`: the target is an alias of a FROM item.
  const aliased = targets.length === 1 && !targets[0]?.db ? from.findIndex((f) => f?.as && ctx.names.ident(f.as) === ctx.names.ident(targets[0]?.table)) : -1;
  if (aliased >= 0) {
    targets = [from[aliased]];
    from = from.filter((_, i) => i !== aliased);
  }
  // The updated table and the FROM list form one scope, read like a SELECT's.
  const def = buildQuery(ctx, { type: "select", with: ast.with, from: [...targets, ...from], columns: [], where: ast.where }, undefined, new Map(), "update", "query");
  const scope = def.branches[0]?.scope;
  const target = scope?.sources[0];
  if (!scope || target?.kind !== "table") return;
  ctx.reads.delete(target.table);
  const site = ctx.writeSite("update", target.table);
  ctx.filterTargets = [ctx.tableNode(target.table, site)];
  for (const assignment of Array.isArray(ast.set) ? ast.set : []) {
    const column = ctx.names.ident(assignment?.column);
    if (column === undefined) continue;
    // MySQL's multi-table UPDATE qualifies the column with the table it writes.
    const qualifier = ctx.names.ident(assignment.table);
    const written = qualifier === undefined ? target : scope.find({ table: qualifier }) ?? target;
    if (written.kind !== "table") continue;
    const key = ctx.columnNode(written.table, column, site);
    for (const source of exprSources(ctx, assignment.value, scope)) writeEdge(ctx, source, key, site);
    ctx.writes.add(written.table);
  }
  recordFilters(ctx);
  returningFields(ctx, ast.returning, target.table, targets[0]);
}
