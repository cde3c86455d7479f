/**
 * SQL embedded in TypeScript (`client.query("INSERT … VALUES ($1, $2)", [id, religion])`): bind
 * placeholders become nodes the TypeScript analyzer connects argument values to, and a query's
 * result fields become nodes it reads row fields from.
 */
import type { Diagnostic } from "../../diagnostics.js";
import { nodeKey, type LineageGraph, type Position } from "../../graph/lineage-graph.js";
import type { SchemaCatalog } from "./catalog.js";
import { StatementContext, type Bind } from "./context.js";
import { analyzeStatement } from "./extractors.js";
import { Names } from "./names.js";
import { describeError, parseStatement, parserDialect, relativeTokens, classifyStatement } from "./parse.js";
import { leadingWords, splitStatements, tokenize } from "./statements.js";

export interface EmbeddedSqlContext {
  /** The TypeScript file, relative to the scan root. */
  file: string;
  /** Position of the SQL text (the string literal or template) in that file. */
  line: number;
  column: number;
  /** Stable id of the call site (as SinkMark.site), used as the write site of the tables it writes. */
  site: string;
  dialect: string;
  defaultSchema: string;
}

export interface EmbeddedSqlResult {
  /** bind placeholder → node key the TS analyzer connects the argument value to. Keys: "1","2"… for $1/$2 and for `?` in order of appearance; "name" for :name / @name. */
  binds: Map<string, string>;
  /**
   * result row field name (output column name or alias) → node key that TS reads it from. The
   * alias as written (and, for Snowflake, upper-cased) is a key too; `"*"` stands for the fields
   * of a `SELECT *` over a table the catalog does not know.
   */
  resultFields: Map<string, string>;
  /** Tables read and written, for the report. */
  reads: string[];
  writes: string[];
  diagnostics: Diagnostic[];
}

/** Words after which a placeholder is a row count, not a value (it would not parse as a column). */
const COUNT_KEYWORDS = new Set(["LIMIT", "OFFSET", "TOP", "FETCH", "FIRST", "NEXT"]);

const MARKER = "lineage_bind_";

/**
 * Replaces bind placeholders with marker identifiers, which every dialect's grammar accepts where
 * a value goes (node-sql-parser's own support for `$1`, `?`, `:name` and `@name` differs by dialect).
 */
export function markBinds(text: string, dialect: string): { sql: string; binds: Map<string, Bind> } {
  const binds = new Map<string, Bind>();
  let sql = "";
  let last = 0;
  let positional = 0;
  let previous = "";
  for (const token of tokenize(text, dialect)) {
    if (token.type === "comment") continue;
    const raw = text.slice(token.start, token.end);
    if (token.type === "param") {
      const name = raw === "?" ? String(++positional) : raw.slice(1);
      let replacement = "1";
      if (!COUNT_KEYWORDS.has(previous)) {
        replacement = `${MARKER}${binds.size + 1}`;
        binds.set(replacement, { name, display: raw === "?" ? `?${name}` : raw });
      }
      sql += text.slice(last, token.start) + replacement;
      last = token.end;
    }
    previous = token.type === "word" ? raw.toUpperCase() : raw;
  }
  return { sql: sql + text.slice(last), binds };
}

export function analyzeEmbeddedSql(text: string, graph: LineageGraph, ctx: EmbeddedSqlContext, catalog: SchemaCatalog): EmbeddedSqlResult {
  const result: EmbeddedSqlResult = { binds: new Map(), resultFields: new Map(), reads: [], writes: [], diagnostics: [] };
  const position: Position = { file: ctx.file, line: ctx.line, column: ctx.column };
  const problem = (message: string, severity: Diagnostic["severity"] = "error") =>
    result.diagnostics.push({ file: ctx.file, line: ctx.line, column: ctx.column, severity, message });
  const dialect = parserDialect(ctx.dialect);
  if (dialect === undefined) {
    problem(`SQL dialect "${ctx.dialect}" is not supported; embedded SQL not analysed`);
    return result;
  }
  const reads = new Set<string>();
  const writes = new Set<string>();
  try {
    const { sql, binds } = markBinds(text, dialect);
    for (const statement of splitStatements(sql, dialect)) {
      const tokens = relativeTokens(statement);
      const words = leadingWords(statement.text, tokens, 8);
      const kind = classifyStatement(words);
      if (kind === "unsupported") problem(`${words[0]} statements are not analysed yet: the data this query writes is missing from the lineage`, "warning");
      if (kind !== "parse") continue;
      const parsed = parseStatement(statement.text, tokens, dialect);
      if ("error" in parsed) {
        problem(parsed.tooDeep ? `embedded SQL ${parsed.error}` : `SQL syntax error in embedded query (${dialect}): ${parsed.error}`);
        continue;
      }
      const names = Names.forStatement(ctx.defaultSchema, statement.tokens);
      for (const ast of parsed.asts) {
        try {
          const statementCtx = new StatementContext(names, catalog, position, () => ctx.site, binds, () => position);
          statementCtx.collectResults = true;
          statementCtx.dialect = dialect;
          analyzeStatement(ast, statementCtx);
          addBindNodes(statementCtx, statement.text, binds, result.binds);
          statementCtx.commit(graph);
          for (const table of statementCtx.reads) reads.add(table);
          for (const table of statementCtx.writes) writes.add(table);
          for (const [field, key] of statementCtx.resultFields) if (!result.resultFields.has(field)) result.resultFields.set(field, key);
        } catch (e) {
          problem(`could not analyse embedded query: ${describeError(e)}`);
        }
      }
    }
  } catch (e) {
    problem(`could not analyse embedded query: ${describeError(e)}`);
  }
  result.reads = [...reads].sort();
  result.writes = [...writes].sort();
  return result;
}

/** A node for every bind of the statement, noted with the columns it is written into. */
function addBindNodes(ctx: StatementContext, sql: string, binds: ReadonlyMap<string, Bind>, into: Map<string, string>): void {
  for (const [marker, bind] of binds) {
    if (!new RegExp(`\\b${marker}\\b`).test(sql)) continue;
    const key = nodeKey.at("sql-expr", ctx.position, `bind:${bind.name}`);
    const targets = ctx.writtenColumnsFrom(key);
    ctx.exprNode(key, targets.length > 0 ? `bind ${bind.display} → ${targets.join(", ")}` : `bind ${bind.display}`);
    into.set(bind.name, key);
  }
}
