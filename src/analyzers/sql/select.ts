/**
 * A query's result rows (embedded SELECT, and INSERT / UPDATE … RETURNING): each output column
 * becomes a `result:<name>` node the TypeScript analyzer reads row fields from. A SELECT in a .sql
 * file writes nothing and only records what it reads.
 */
import { nodeKey } from "../../graph/lineage-graph.js";
import type { StatementContext } from "./context.js";
import type { Ast } from "./parse.js";
import { buildQuery, type QueryDef } from "./scope.js";
import { splitDottedName, type Names } from "./names.js";
import { opaqueTables, outputSources, recordFilters, writeQuery } from "./select-lineage.js";

export function isSelect(ast: Ast): boolean {
  return ast?.type === "select";
}

export function analyzeSelect(ast: Ast, ctx: StatementContext): void {
  const into = selectIntoTarget(ast, ctx.names);
  if (into !== undefined) {
    // SELECT … INTO new_table: a CTAS written the other way round.
    const site = ctx.writeSite("select into", into);
    ctx.filterTargets = [ctx.tableNode(into, site)];
    const def = buildQuery(ctx, ast, undefined, new Map(), into, "query");
    writeQuery(ctx, def, into, undefined, site);
    recordFilters(ctx);
    ctx.writes.add(into);
    return;
  }
  const def = buildQuery(ctx, ast, undefined, new Map(), "result", "query");
  if (!ctx.collectResults) return;
  resultNodes(ctx, def);
  recordFilters(ctx);
}

/** The table a `SELECT … INTO t` creates (not MySQL's `INTO @var` / `INTO OUTFILE`). */
export function selectIntoTarget(ast: Ast, names: Names): string | undefined {
  const target: Ast = ast?.type === "select" ? ast.into?.expr : undefined;
  if (!target) return undefined;
  if (typeof target === "string") {
    if (target.startsWith("@") || target.startsWith("'")) return undefined;
    const parts = splitDottedName(target);
    return names.tableFromParts(parts ?? [target.toLowerCase()]);
  }
  if (typeof target === "object" && "table" in target) return names.table(target);
  return undefined;
}

/** RETURNING …: result fields read from the written table's columns. */
export function returningFields(ctx: StatementContext, returning: Ast, table: string, ref: Ast): void {
  if (!ctx.collectResults || !Array.isArray(returning?.columns)) return;
  const from = ref && typeof ref === "object" ? [ref] : [{ db: null, table: table.slice(table.indexOf(".") + 1) }];
  const def = buildQuery(ctx, { type: "select", from, columns: returning.columns }, undefined, new Map(), "returning", "query");
  resultNodes(ctx, def);
}

/**
 * Field names a driver may hand back for an output: the contract's name, the alias as written
 * (MySQL, SQL Server and BigQuery keep its case) and, for Snowflake, the upper-cased name.
 */
function fieldNames(ctx: StatementContext, name: string, written: string): string[] {
  const names = new Set([name, written]);
  if (ctx.dialect === "snowflake" && written === written.toLowerCase()) names.add(name.toUpperCase());
  return [...names];
}

function resultNodes(ctx: StatementContext, def: QueryDef): void {
  const items = (def.branches[0]?.items ?? []).filter((item) => item.kind !== "opaque");
  const keys = def.names.map((name, i) => {
    const item = items[i];
    const key = ctx.exprNode(nodeKey.at("sql-expr", ctx.position, `result:${name}`), `result ${name}`);
    const written = item?.kind === "expr" ? item.written : name;
    for (const field of fieldNames(ctx, name, written)) if (!ctx.resultFields.has(field)) ctx.resultFields.set(field, key);
    return key;
  });
  const hidden = opaqueTables(def);
  if (hidden.length > 0) {
    // `SELECT *` over a table the catalog does not know: fields it cannot name come from "*".
    const key = ctx.exprNode(nodeKey.at("sql-expr", ctx.position, "result:*"), `result * (${hidden.join(", ")})`);
    ctx.resultFields.set("*", key);
    for (const table of hidden) ctx.edge(ctx.tableNode(table), key, { kind: "data" });
    keys.push(key);
  }
  ctx.filterTargets = [...new Set(keys)];
  def.names.forEach((_, i) => {
    for (const source of outputSources(ctx, def, i)) ctx.edge(source, keys[i]!, { kind: "data" });
  });
}
