/** INSERT (and MySQL REPLACE) … SELECT / … VALUES: each value or output is written into its column. */
import type { StatementContext } from "./context.js";
import type { Ast } from "./parse.js";
import { buildQuery, isString } from "./scope.js";
import { exprSources, recordFilters, writeEdge, writeQuery } from "./select-lineage.js";
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
  const columns = listed && listed.length > 0 ? listed : ctx.catalog.columns(table);
  const source: Ast = ast.values?.ast ?? ast.values ?? ast.select;
  if (source?.type === "select") {
    // Without a column list or catalog entry, outputs are matched to columns by name.
    const def = buildQuery(ctx, source, undefined, new Map(), table, "query");
    writeQuery(ctx, def, table, columns, site);
  } else if (source?.type === "values" && Array.isArray(source.values)) {
    for (const row of source.values) {
      const values: Ast[] = Array.isArray(row?.value) ? row.value : [];
      values.forEach((value, i) => {
        const column = columns?.[i];
        const target = column === undefined ? tableKey : ctx.columnNode(table, column, site);
        for (const key of exprSources(ctx, value, undefined)) writeEdge(ctx, key, target, site);
      });
    }
  }
  recordFilters(ctx);
  returningFields(ctx, ast.returning, table, ref);
  ctx.writes.add(table);
}
