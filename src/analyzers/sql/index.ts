/**
 * The SQL analyzer: column-level lineage of `.sql` files and of SQL embedded in TypeScript, written
 * into the LineageGraph as the contract's column / table nodes and data / filter / join edges.
 */
import type { Diagnostic } from "../../diagnostics.js";
import type { LineageGraph, Position } from "../../graph/lineage-graph.js";
import { attachLabelComments, attachPurposes, commentOnColumn, labelColumn, type ColumnSite } from "./annotations.js";
import { buildSchemaCatalog, type SchemaCatalog, type SqlFile, type SqlOptions } from "./catalog.js";
import { StatementContext, type SiteAllocator } from "./context.js";
import { addRecoveredTable, columnDefinitions, recoveredTableDefinition } from "./create-table.js";
import { analyzeStatement } from "./extractors.js";
import { Names } from "./names.js";
import { SUPPORTED_DIALECTS, describeError, parseSqlFile, parserDialect, relativeTokens, type ParsedFile, type ParsedStatement } from "./parse.js";
import { addTokenLineage, tablesFromTokens } from "./token-lineage.js";

export { buildSchemaCatalog, SchemaCatalog };
export type { SqlFile, SqlOptions, TableInfo } from "./catalog.js";
export { analyzeEmbeddedSql, type EmbeddedSqlContext, type EmbeddedSqlResult } from "./embedded.js";
export { columnLineage, type ColumnLineage } from "./column-lineage.js";
export { applyColumnLabels, prepareDbtProjects, type ColumnLabel, type DbtProjects } from "./dbt.js";
export { analyzeSqlInMemory, type InMemorySql } from "./in-memory.js";

/**
 * Analyses `.sql` files into `graph`. Never throws: a statement that does not parse is an `error`
 * diagnostic and the statements after it are still analysed.
 */
export function analyzeSqlFiles(files: SqlFile[], graph: LineageGraph, options: SqlOptions, catalog: SchemaCatalog): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const dialect = parserDialect(options.dialect);
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (dialect === undefined) {
      diagnostics.push(error(file.path, 1, `SQL dialect "${options.dialect}" is not supported (expected one of: ${SUPPORTED_DIALECTS.join(", ")}); file not analysed`));
      continue;
    }
    try {
      diagnostics.push(...analyzeFile(file, graph, options, dialect, catalog));
    } catch (e) {
      diagnostics.push(error(file.path, 1, `could not analyse this file: ${describeError(e)}`));
    }
  }
  return diagnostics;
}

function analyzeFile(file: SqlFile, graph: LineageGraph, options: SqlOptions, dialect: string, catalog: SchemaCatalog): Diagnostic[] {
  const cached = catalog.parsedFiles.get(file.path);
  const parsed = cached && cached.text === file.text && cached.dialect === dialect ? cached : parseSqlFile(file.text, dialect);
  const diagnostics: Diagnostic[] = [];
  const siteCounts = new Map<string, number>();
  const allocateSite: SiteAllocator = (kind, table) => {
    const id = `${kind} ${table}`;
    const n = (siteCounts.get(id) ?? 0) + 1;
    siteCounts.set(id, n);
    // A SQL file is the statement's enclosing scope: its name (not its folder) qualifies the site,
    // so two jobs writing the same table are two sites, and moving a file keeps its flow ids.
    return `${file.path.split("/").pop()}: ${id}#${n}`;
  };
  const written = new Set<string>();
  const columnSites: ColumnSite[] = [];
  for (const statement of parsed.statements) {
    const position: Position = { file: file.path, line: statement.line, column: statement.column };
    const names = Names.forStatement(statement.defaultSchema ?? options.defaultSchema, statement.statement.tokens);
    try {
      const definitions = columnDefinitions(parsed.text, statement.statement.tokens);
      const table = definitions && names.tableFromParts(definitions.nameParts);
      for (const { name, offset } of table ? definitions.columns : []) {
        columnSites.push({ table: table!, column: name, line: parsed.lines.position(offset).line, offset });
      }
      if (statement.kind === "comment") {
        const comment = commentOnColumn(statement.statement.text, names);
        if (comment && comment.labels.length > 0) labelColumn(graph, catalog, comment.table, comment.column, comment.labels, position);
        continue;
      }
      if (statement.kind === "unsupported") {
        diagnostics.push({
          file: file.path,
          line: statement.line,
          column: statement.column,
          severity: "warning",
          message: `${statement.words[0]} statements are not analysed yet: the data it writes is missing from the lineage`,
        });
        continue;
      }
      if (statement.kind !== "parse" || !statement.result) continue;
      if ("error" in statement.result) {
        const recovered = recoveredTableDefinition(parsed, statement, names, file.path);
        const ctx = new StatementContext(names, catalog, position, allocateSite, new Map(), () => position);
        if (recovered) addRecoveredTable(recovered.definition, ctx);
        // A plain CREATE TABLE read from its tokens lost nothing: its columns are all it says.
        const plainTable = recovered !== undefined && !statement.words.includes("AS") && !statement.words.includes("SELECT");
        const found = plainTable ? { writes: [], reads: [] } : tablesFromTokens(statement.statement.text, relativeTokens(statement.statement), names);
        addTokenLineage(found, ctx);
        ctx.commit(graph);
        for (const table of ctx.writes) written.add(table);
        if (plainTable && !statement.result.tooDeep) {
          diagnostics.push({
            file: file.path,
            line: statement.line,
            column: statement.column,
            severity: "warning",
            message: `CREATE TABLE not parsed (${dialect})${errorPlace(parsed, statement)}: ${statement.result.error}; its column list was read from its tokens`,
          });
          continue;
        }
        const kept = found.writes.length > 0 ? `; kept at table level: ${found.reads.length > 0 ? found.reads.join(", ") : "nothing read"} → ${found.writes.join(", ")}` : "";
        const message = statement.result.tooDeep
          ? `SQL ${statement.result.error}${kept}`
          : `SQL syntax error (${dialect})${errorPlace(parsed, statement)}: ${statement.result.error}${kept}`;
        diagnostics.push(error(file.path, statement.line, message, statement.column));
        continue;
      }
      for (const ast of statement.result.asts) {
        const ctx = new StatementContext(names, catalog, position, allocateSite, new Map(), definitionLocator(parsed, statement, file.path));
        ctx.dialect = dialect;
        analyzeStatement(ast, ctx);
        ctx.commit(graph);
        for (const table of ctx.writes) written.add(table);
      }
    } catch (e) {
      diagnostics.push(error(file.path, statement.line, `could not analyse this statement: ${describeError(e)}`, statement.column));
    }
  }
  diagnostics.push(...attachLabelComments(parsed, file.path, columnSites, graph, catalog));
  diagnostics.push(...attachPurposes(parsed, file.path, written, graph, catalog));
  return diagnostics;
}

/** " at line L, column C" for a parse error whose offset is known. */
function errorPlace(parsed: ParsedFile, statement: ParsedStatement): string {
  const offset = statement.result && "error" in statement.result ? statement.result.offset : undefined;
  if (offset === undefined || offset > statement.statement.text.length) return "";
  const { line, column } = parsed.lines.position(statement.statement.start + offset);
  return ` at line ${line}, column ${column}`;
}

/**
 * Where the CTE or derived table called `name` is defined: its name token (`name AS (` or
 * `) [AS] name`); the n-th call for a name gets the n-th such token.
 */
function definitionLocator(parsed: ParsedFile, statement: ParsedStatement, path: string): (name: string) => Position {
  const code = statement.statement.tokens.filter((t) => t.type !== "comment");
  const text = parsed.text;
  const word = (i: number) => {
    const t = code[i];
    return t ? text.slice(t.start, t.end).toUpperCase() : "";
  };
  const uses = new Map<string, number>();
  return (name) => {
    const candidates: number[] = [];
    code.forEach((t, i) => {
      if (t.type !== "word" && t.type !== "quoted") return;
      const ident = t.type === "quoted" ? t.value : text.slice(t.start, t.end).toLowerCase();
      if (ident !== name) return;
      const cte = word(i + 1) === "AS" || word(i + 1) === "(";
      const alias = word(i - 1) === ")" || (word(i - 1) === "AS" && word(i - 2) === ")");
      if (cte || alias) candidates.push(t.start);
    });
    const n = uses.get(name) ?? 0;
    uses.set(name, n + 1);
    const offset = candidates[n] ?? candidates[0];
    if (offset === undefined) return { file: path, line: statement.line, column: statement.column };
    return { file: path, ...parsed.lines.position(offset) };
  };
}

function error(file: string, line: number, message: string, column?: number): Diagnostic {
  return column === undefined ? { file, line, severity: "error", message } : { file, line, column, severity: "error", message };
}
