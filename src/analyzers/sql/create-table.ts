/**
 * CREATE TABLE: declares columns (catalog + column nodes); CREATE TABLE … AS SELECT also writes
 * them from its query.
 */
import type { Position } from "../../graph/lineage-graph.js";
import type { TableDefinition } from "./catalog.js";
import { labelsIn } from "./annotations.js";
import type { StatementContext } from "./context.js";
import type { Names } from "./names.js";
import type { Ast, ParsedFile, ParsedStatement } from "./parse.js";
import { buildQuery, isString } from "./scope.js";
import { recordFilters, writeQuery } from "./select-lineage.js";
import type { SqlStatement, Token } from "./statements.js";

export function isCreateTable(ast: Ast): boolean {
  return ast?.type === "create" && ast.keyword === "table";
}

function targetTable(ast: Ast, names: Names): string | undefined {
  const ref: Ast = Array.isArray(ast.table) ? ast.table[0] : ast.table;
  return ref ? names.table(ref) : undefined;
}

function ctasQuery(ast: Ast): Ast {
  const query: Ast = ast.query_expr?.ast ?? ast.query_expr;
  return query?.type === "select" ? query : undefined;
}

function columnDefinitionsOf(ast: Ast): Ast[] {
  const definitions: Ast[] = Array.isArray(ast.create_definitions) ? ast.create_definitions : [];
  return definitions.filter((d) => d?.resource === "column");
}

function declaredColumns(ast: Ast, names: Names): string[] {
  return columnDefinitionsOf(ast).map((d) => names.ident(d.column?.column ?? d.column)).filter(isString);
}

/** The catalog's view of a CREATE TABLE, with each declared column's position. */
export function tableDefinition(
  ast: Ast,
  names: Names,
  statement: SqlStatement,
  file: ParsedFile,
  path: string,
): { definition: TableDefinition; columnPositions?: Map<string, Position> } | undefined {
  if (!isCreateTable(ast)) return undefined;
  const table = targetTable(ast, names);
  if (table === undefined) return undefined;
  const definition: TableDefinition = { table, view: false, temporary: Boolean(ast.temporary) };
  const columns = declaredColumns(ast, names);
  if (columns.length > 0) definition.columns = columns;
  const query = ctasQuery(ast);
  if (query) definition.query = query;
  const columnPositions = new Map<string, Position>();
  for (const { name, offset } of columnDefinitions(file.text, statement.tokens)?.columns ?? []) {
    if (!columnPositions.has(name)) columnPositions.set(name, { file: path, ...file.lines.position(offset) });
  }
  return { definition, columnPositions };
}

/**
 * A CREATE TABLE the parser rejected (a type or option its grammar lacks), read from its tokens:
 * the column list is enough for the catalog and the column nodes. Undefined for anything else.
 */
export function recoveredTableDefinition(
  file: ParsedFile,
  statement: ParsedStatement,
  names: Names,
  path: string,
): { definition: TableDefinition; columnPositions: Map<string, Position> } | undefined {
  const found = columnDefinitions(file.text, statement.statement.tokens);
  const table = found && names.tableFromParts(found.nameParts);
  if (!found || table === undefined || found.columns.length === 0) return undefined;
  const columnPositions = new Map<string, Position>();
  for (const { name, offset } of found.columns) if (!columnPositions.has(name)) columnPositions.set(name, { file: path, ...file.lines.position(offset) });
  const temporary = statement.words.includes("TEMP") || statement.words.includes("TEMPORARY");
  return { definition: { table, view: false, temporary, columns: [...columnPositions.keys()] }, columnPositions };
}

/** Table and column nodes of a recovered CREATE TABLE. */
export function addRecoveredTable(definition: TableDefinition, ctx: StatementContext): void {
  ctx.tableNode(definition.table, ctx.position);
  for (const column of definition.columns ?? []) ctx.columnNode(definition.table, column, ctx.position);
}

export function analyzeCreateTable(ast: Ast, ctx: StatementContext): void {
  const table = targetTable(ast, ctx.names);
  if (table === undefined) return;
  const query = ctasQuery(ast);
  if (!query) {
    ctx.tableNode(table, ctx.position);
    for (const definition of columnDefinitionsOf(ast)) {
      const column = ctx.names.ident(definition.column?.column ?? definition.column);
      if (column === undefined) continue;
      const key = ctx.columnNode(table, column, ctx.position);
      // MySQL-style `religion TEXT COMMENT '@label religion'`.
      const comment: unknown = definition.comment?.value?.value ?? definition.comment?.value;
      for (const label of typeof comment === "string" ? labelsIn(comment) : []) {
        ctx.source(key, { label, kind: "annotation", asset: `${table}.${column}` });
      }
    }
    return;
  }
  const site = ctx.writeSite("create table", table);
  ctx.filterTargets = [ctx.tableNode(table, site)];
  const columns = declaredColumns(ast, ctx.names);
  const def = buildQuery(ctx, query, undefined, new Map(), table, "query", columns);
  writeQuery(ctx, def, table, columns.length > 0 ? columns : undefined, site);
  recordFilters(ctx);
  ctx.writes.add(table);
}

/** Words that open a table constraint rather than a column definition. */
const CONSTRAINT_WORDS = new Set([
  "CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "KEY", "INDEX", "EXCLUDE", "LIKE",
  "FULLTEXT", "SPATIAL", "PERIOD", "PARTITION",
]);
const CREATE_PREFIX = new Set(["CREATE", "OR", "REPLACE", "GLOBAL", "LOCAL", "TEMP", "TEMPORARY", "UNLOGGED", "TRANSIENT", "VOLATILE"]);

/**
 * The column definitions of a `CREATE TABLE name (…)`, read from its tokens: the table's written
 * name parts and each column's name with the offset of its name. Works on statements the parser
 * rejects, so `-- @label` comments still find their column.
 */
export function columnDefinitions(text: string, tokens: Token[]): { nameParts: string[]; columns: { name: string; offset: number }[] } | undefined {
  const code = tokens.filter((t) => t.type !== "comment");
  const upper = (t: Token | undefined) => (t?.type === "word" ? text.slice(t.start, t.end).toUpperCase() : "");
  const isPunct = (t: Token | undefined, p: string) => t?.type === "punct" && text.slice(t.start, t.end) === p;
  const identifier = (t: Token) => (t.type === "quoted" ? t.value! : text.slice(t.start, t.end).toLowerCase());
  let i = 0;
  while (CREATE_PREFIX.has(upper(code[i]))) i++;
  if (upper(code[0]) !== "CREATE" || upper(code[i]) !== "TABLE") return undefined;
  i++;
  if (upper(code[i]) === "IF") i += 3; // IF NOT EXISTS
  const nameParts: string[] = [];
  while (code[i] && (code[i]!.type === "word" || code[i]!.type === "quoted")) {
    nameParts.push(identifier(code[i]!));
    i++;
    if (!isPunct(code[i], ".")) break;
    i++;
  }
  if (nameParts.length === 0 || !isPunct(code[i], "(")) return undefined;
  const columns: { name: string; offset: number }[] = [];
  let depth = 0;
  let expectName = false;
  for (; i < code.length; i++) {
    const token = code[i]!;
    if (isPunct(token, "(")) {
      depth++;
      expectName = depth === 1;
      continue;
    }
    if (isPunct(token, ")")) {
      if (--depth === 0) break;
      continue;
    }
    if (depth === 1 && isPunct(token, ",")) {
      expectName = true;
      continue;
    }
    if (expectName && (token.type === "word" || token.type === "quoted") && !CONSTRAINT_WORDS.has(upper(token))) {
      columns.push({ name: identifier(token), offset: token.start });
    }
    expectName = false;
  }
  return { nameParts, columns };
}
