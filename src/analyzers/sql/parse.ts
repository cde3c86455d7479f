/**
 * The boundary with node-sql-parser: which statements are worth parsing, the rewrites that get
 * dialect quirks past its grammar, and errors turned into one-line messages. Extractors never see
 * the parser's exceptions.
 */
import NodeSqlParser from "node-sql-parser";
import { LineIndex, leadingWords, splitTokens, tokenize, type SqlStatement, type Token } from "./statements.js";

/**
 * A node-sql-parser AST node. Its published types describe a fraction of what the dialects emit
 * (shapes differ per dialect), so extractors read it structurally and check what they use.
 */
export type Ast = any;

const parser = new NodeSqlParser.Parser();

export const SUPPORTED_DIALECTS = [
  "athena", "bigquery", "db2", "flinksql", "hive", "mariadb", "mysql", "noql",
  "postgresql", "redshift", "snowflake", "sqlite", "transactsql", "trino",
];

const DIALECT_ALIASES: Record<string, string> = {
  postgres: "postgresql", pg: "postgresql", psql: "postgresql",
  mssql: "transactsql", sqlserver: "transactsql", tsql: "transactsql",
  maria: "mariadb", flink: "flinksql",
};

/** node-sql-parser's name for a dialect, or undefined when it has no grammar for it. */
export function parserDialect(dialect: string): string | undefined {
  const name = dialect.toLowerCase();
  const resolved = DIALECT_ALIASES[name] ?? name;
  return SUPPORTED_DIALECTS.includes(resolved) ? resolved : undefined;
}

/** `unsupported`: moves data, but has no extractor yet (reported, so lineage is not lost silently). */
export type StatementClass = "parse" | "comment" | "unsupported" | "skip";

/** Words between CREATE and TABLE/VIEW that do not change what the statement does to lineage. */
const CREATE_MODIFIERS = new Set([
  "OR", "REPLACE", "GLOBAL", "LOCAL", "TEMP", "TEMPORARY", "UNLOGGED", "TRANSIENT", "VOLATILE",
  "SECURE", "MATERIALIZED", "RECURSIVE", "EXTERNAL", "MULTISET", "IF", "NOT", "EXISTS",
]);

/**
 * Statements that move data (queries, writes, table and view definitions) are parsed; `COMMENT ON`
 * is read by the annotation reader; the rest (GRANT, SET, indexes, functions, transactions …)
 * cannot carry column lineage and is skipped, so a grammar gap there is not reported as an error.
 */
export function classifyStatement(words: string[]): StatementClass {
  const first = words[0];
  if (first === "COMMENT") return "comment";
  if (first === "MERGE") return "unsupported";
  if (first === "SELECT" || first === "WITH" || first === "INSERT" || first === "UPDATE" || first === "REPLACE" || first === "(") {
    return "parse";
  }
  if (first === "CREATE") {
    const kind = words.slice(1).find((w) => !CREATE_MODIFIERS.has(w));
    return kind === "TABLE" || kind === "VIEW" ? "parse" : "skip";
  }
  return "skip";
}

/** `tooDeep`: the parser overflowed its stack on absurd nesting (not a grammar error). */
export type ParseResult = { asts: Ast[] } | { error: string; offset?: number; tooDeep?: boolean };

/**
 * Parses one statement. `tokens` are the statement's tokens with offsets relative to `text`.
 * Never throws: grammar errors and stack overflows on absurd nesting come back as `error`.
 */
export function parseStatement(text: string, tokens: Token[], dialect: string): ParseResult {
  const source = blankMaterialized(text, tokens);
  const first = astify(source, dialect);
  if ("asts" in first) return first;
  // PostgreSQL puts a data-modifying statement's CTEs before it; the grammar only takes them after
  // INSERT's target (`INSERT INTO t (…) WITH … SELECT …`), so move them there and retry.
  const hoisted = hoistWithBeforeInsert(source, tokens);
  if (hoisted !== undefined) {
    const second = astify(hoisted, dialect);
    if ("asts" in second) return second;
  }
  return first;
}

function astify(text: string, dialect: string): ParseResult {
  try {
    const result: Ast = parser.astify(text, { database: dialect });
    const asts = (Array.isArray(result) ? result : [result]).filter((ast: Ast) => ast && typeof ast === "object");
    return { asts };
  } catch (error) {
    if (error instanceof RangeError) {
      return { error: "statement is nested too deeply to analyse (maximum call stack size exceeded)", tooDeep: true };
    }
    const e = error as { message?: unknown; location?: { start?: { offset?: number } } };
    const offset = e.location?.start?.offset;
    return offset === undefined ? { error: oneLine(String(e.message ?? error)) } : { error: oneLine(String(e.message ?? error)), offset };
  }
}

/** An exception from analysing a statement, on one line. */
export function describeError(e: unknown): string {
  if (e instanceof RangeError) return "statement is nested too deeply to analyse (maximum call stack size exceeded)";
  return oneLine(e instanceof Error ? e.message : String(e));
}

/** The parser's message on one line, with its list of expected tokens cut short. */
export function oneLine(message: string): string {
  const line = message.split(/\r?\n/)[0]!.trim();
  const expected = /^Expected (.*) but (.*) found\.?$/.exec(line);
  if (!expected) return line.length > 300 ? `${line.slice(0, 297)}...` : line;
  const alternatives = expected[1]!.split(/, (?:or )?| or /).filter((a) => a !== "");
  const shown = alternatives.length > 8 ? `${alternatives.slice(0, 8).join(", ")}, ...` : expected[1];
  return `Expected ${shown} but ${expected[2]} found.`;
}

/** `CREATE MATERIALIZED VIEW` → `CREATE VIEW` (same length, so offsets hold). */
function blankMaterialized(text: string, tokens: Token[]): string {
  const words = tokens.filter((t) => t.type !== "comment").slice(0, 6);
  if (words.length === 0 || text.slice(words[0]!.start, words[0]!.end).toUpperCase() !== "CREATE") return text;
  const materialized = words.find((t) => t.type === "word" && text.slice(t.start, t.end).toUpperCase() === "MATERIALIZED");
  if (!materialized) return text;
  return text.slice(0, materialized.start) + " ".repeat(materialized.end - materialized.start) + text.slice(materialized.end);
}

/** `WITH … INSERT INTO t (cols) SELECT …` → `INSERT INTO t (cols) WITH … SELECT …`, or undefined. */
function hoistWithBeforeInsert(text: string, tokens: Token[]): string | undefined {
  const code = tokens.filter((t) => t.type !== "comment");
  const word = (t: Token | undefined) => (t && t.type === "word" ? text.slice(t.start, t.end).toUpperCase() : "");
  const punct = (t: Token | undefined) => (t && t.type === "punct" ? text[t.start] : "");
  if (word(code[0]) !== "WITH") return undefined;
  let depth = 0;
  let insertAt = -1;
  for (let i = 0; i < code.length; i++) {
    const p = punct(code[i]);
    if (p === "(") depth++;
    else if (p === ")") depth--;
    else if (depth === 0 && word(code[i]) === "INSERT") {
      insertAt = i;
      break;
    }
  }
  if (insertAt < 0) return undefined;
  // INSERT [INTO] name[.name…] [(column, …)]
  let i = insertAt + 1;
  if (word(code[i]) === "INTO") i++;
  while (code[i] && (code[i]!.type === "word" || code[i]!.type === "quoted")) {
    i++;
    if (punct(code[i]) !== ".") break;
    i++;
  }
  if (punct(code[i]) === "(" && !["SELECT", "WITH"].includes(word(code[i + 1]))) {
    let d = 0;
    for (; i < code.length; i++) {
      if (punct(code[i]) === "(") d++;
      else if (punct(code[i]) === ")" && --d === 0) {
        i++;
        break;
      }
    }
  }
  const headerEnd = code[i - 1]!.end;
  const insertStart = code[insertAt]!.start;
  return `${text.slice(insertStart, headerEnd)} ${text.slice(0, insertStart)} ${text.slice(headerEnd)}`;
}

export interface ParsedStatement {
  statement: SqlStatement;
  /** Position of the statement's first token. */
  line: number;
  column: number;
  /** Upper-cased first words, for classification. */
  words: string[];
  kind: StatementClass;
  /** Set for `parse` statements. */
  result?: ParseResult;
}

export interface ParsedFile {
  text: string;
  dialect: string;
  lines: LineIndex;
  statements: ParsedStatement[];
  /** Every comment of the file (annotations can stand between statements). */
  comments: Token[];
}

/** Splits and parses a file; `dialect` must be a node-sql-parser dialect name. */
export function parseSqlFile(text: string, dialect: string): ParsedFile {
  const lines = new LineIndex(text);
  const tokens = tokenize(text, dialect);
  const statements = splitTokens(text, tokens).map((statement): ParsedStatement => {
    const words = leadingWords(statement.text, relativeTokens(statement), 8);
    const kind = classifyStatement(words);
    const { line, column } = lines.position(statement.start);
    const parsed: ParsedStatement = { statement, line, column, words, kind };
    if (kind === "parse") parsed.result = parseStatement(statement.text, relativeTokens(statement), dialect);
    return parsed;
  });
  return { text, dialect, lines, statements, comments: tokens.filter((t) => t.type === "comment") };
}

/** A statement's tokens with offsets relative to its own text. */
export function relativeTokens(statement: SqlStatement): Token[] {
  return statement.tokens.map((t) => ({ ...t, start: t.start - statement.start, end: t.end - statement.start }));
}
