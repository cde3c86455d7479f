/**
 * The boundary with node-sql-parser: which statements are worth parsing, the rewrites that get
 * dialect quirks past its grammar, and errors turned into one-line messages. Extractors never see
 * the parser's exceptions.
 */
import { createRequire } from "node:module";
import { postgresParserLoaded, parsePostgres } from "./pg.js";
import { multiInsertBranches, quoteFor, rewriteForParsers } from "./rewrites.js";
import { scriptStatements, sessionSchema } from "./script.js";
import { LineIndex, leadingWords, splitTokens, tokenize, type SqlStatement, type Token } from "./statements.js";

/**
 * A node-sql-parser AST node. Its published types describe a fraction of what the dialects emit
 * (shapes differ per dialect), so extractors read it structurally and check what they use.
 */
export type Ast = any;

/** A node-sql-parser parser (of one dialect's build). */
interface SqlParser {
  astify(sql: string, options: { database: string }): unknown;
}

const require = createRequire(import.meta.url);
const parsers = new Map<string, SqlParser>();

/**
 * node-sql-parser's parser for one dialect, from that dialect's own build, loaded on first use: its
 * all-dialects entry point costs every scan 0.2 s and 30 MB to load, SQL or not.
 */
function parserFor(dialect: string): SqlParser {
  let parser = parsers.get(dialect);
  if (!parser) {
    const build = require(`node-sql-parser/build/${dialect}.js`) as { Parser: new () => SqlParser };
    parsers.set(dialect, (parser = new build.Parser()));
  }
  return parser;
}

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

/**
 * `parse`: carries lineage, parsed; `comment`: COMMENT ON, read by the annotation reader;
 * `session`: USE / SET search_path, changes the default schema of the statements after it;
 * `unsupported`: moves data, but has no extractor (reported, so lineage is not lost silently);
 * `skip`: cannot carry lineage (GRANT, indexes, transactions …).
 */
export type StatementClass = "parse" | "comment" | "session" | "unsupported" | "skip";

/** Words between CREATE and TABLE/VIEW that do not change what the statement does to lineage. */
const CREATE_MODIFIERS = new Set([
  "OR", "REPLACE", "GLOBAL", "LOCAL", "TEMP", "TEMPORARY", "UNLOGGED", "TRANSIENT", "VOLATILE",
  "SECURE", "MATERIALIZED", "RECURSIVE", "EXTERNAL", "MULTISET", "IF", "NOT", "EXISTS", "SET", "DYNAMIC",
]);

/** `FROM`: Hive's from-first queries and multi-inserts. */
const DATA_STATEMENTS = new Set(["SELECT", "WITH", "INSERT", "UPDATE", "REPLACE", "MERGE", "DELETE", "TRUNCATE", "UPSERT", "FROM", "("]);

/**
 * Statements that move data (queries, writes, table and view definitions, renames) are parsed;
 * `COMMENT ON` is read by the annotation reader; USE / SET search_path change the default schema;
 * the rest (GRANT, indexes, functions, transactions …) cannot carry column lineage and is skipped,
 * so a grammar gap there is not reported as an error.
 */
export function classifyStatement(words: string[]): StatementClass {
  const first = words[0];
  if (first === undefined) return "skip";
  if (first === "COMMENT") return "comment";
  if (DATA_STATEMENTS.has(first)) return "parse";
  if (first === "USE" || (first === "SET" && sessionSchemaWord(words[1]))) return "session";
  if (first === "CREATE") {
    const kind = words.slice(1).find((w) => !CREATE_MODIFIERS.has(w));
    return kind === "TABLE" || kind === "VIEW" ? "parse" : "skip";
  }
  if (first === "ALTER" && (words[1] === "TABLE" || words[1] === "VIEW")) {
    const rename = words.indexOf("RENAME");
    return rename > 0 && words[rename + 1] === "TO" ? "parse" : "skip";
  }
  return "skip";
}

function sessionSchemaWord(word: string | undefined): boolean {
  return word === "SEARCH_PATH" || word === "SCHEMA";
}

/** `tooDeep`: the parser overflowed its stack on absurd nesting (not a grammar error). */
export type ParseResult = { asts: Ast[]; parser?: string } | { error: string; offset?: number; tooDeep?: boolean };

/**
 * Parses one statement. `tokens` are the statement's tokens with offsets relative to `text`.
 * Tries the dialect's grammar, then the grammars of related dialects and PostgreSQL's own parser
 * (each after the rewrites that get this dialect's quirks past it); an answer that misreads the
 * statement (a join keyword taken for an alias, a statement of another kind) counts as a failure.
 * Never throws: when every parser fails, the dialect's own error comes back.
 */
export function parseStatement(text: string, tokens: Token[], dialect: string): ParseResult {
  const depth = nesting(text, tokens);
  if (depth > MAX_NESTING) return { error: `statement is nested too deeply to analyse (${depth} levels of parentheses, at most ${MAX_NESTING})`, tooDeep: true };
  const branches = multiInsertBranches(text, tokens);
  if (branches) {
    const asts: Ast[] = [];
    for (const branch of branches) {
      const result = parseStatement(branch, tokenize(branch, dialect), dialect);
      if ("error" in result) return { error: result.error, ...(result.tooDeep ? { tooDeep: true } : {}) };
      asts.push(...result.asts);
    }
    return { asts, parser: dialect };
  }
  const source = rewriteForParsers(text, tokens, dialect);
  const expected = expectedType(text, tokens);
  const errors = new Map<string, ParseResult>();
  for (const parserName of parserChain(dialect)) {
    const adapted = quoteFor(source.text, source.tokens, dialect, parserName);
    const result =
      parserName === "libpg-query" ? parsePostgres(adapted) : parserName === "rename" ? renameFromTokens(text, tokens) : astifyWithRetries(adapted, source.tokens, parserName);
    if ("asts" in result && parserName !== "libpg-query" && !BACKTICK_GRAMMARS.has(parserName) && !BACKTICK_GRAMMARS.has(dialect)) result.asts = result.asts.map(quotedStringsAsColumns);
    if ("asts" in result && source.restore) result.asts.forEach(source.restore);
    if ("asts" in result) {
      if (plausible(result.asts, expected)) return { ...result, parser: parserName };
      continue;
    }
    if (result.tooDeep) return result;
    errors.set(parserName, result);
  }
  // The dialect's own grammar gives the most helpful message (node-sql-parser lists what it expected).
  const own = errors.get(dialect) ?? errors.values().next().value ?? { error: "statement could not be parsed" };
  if (!("error" in own)) return own;
  return source.sameOffsets || own.offset === undefined ? own : { error: own.error };
}

/** Deeper than any real statement; the walks over the tree recurse once per level. */
const MAX_NESTING = 1000;

function nesting(text: string, tokens: Token[]): number {
  let depth = 0;
  let max = 0;
  for (const t of tokens) {
    if (t.type !== "punct") continue;
    if (text[t.start] === "(") max = Math.max(max, ++depth);
    else if (text[t.start] === ")") depth--;
  }
  return max;
}

/**
 * Parsers to try, best first. PostgreSQL's own parser leads for PostgreSQL; for the other
 * dialects it is the last resort (after its text is brought to PostgreSQL quoting).
 */
function parserChain(dialect: string): string[] {
  const pg = postgresParserLoaded() ? ["libpg-query", "rename"] : ["rename"];
  switch (dialect) {
    case "postgresql":
      return [...pg, "postgresql"];
    case "redshift":
      return ["redshift", ...pg, "postgresql", "snowflake"];
    case "snowflake":
      return ["snowflake", ...pg, "postgresql", "bigquery"];
    case "bigquery":
      return ["bigquery", "snowflake", ...pg, "mysql"];
    case "mysql":
      return ["mysql", "mariadb", ...pg];
    case "mariadb":
      return ["mariadb", "mysql", ...pg];
    case "hive":
      return ["hive", "mysql", "bigquery", ...pg];
    case "transactsql":
      return ["transactsql", ...pg];
    default:
      return [dialect, ...pg];
  }
}

function astifyWithRetries(text: string, tokens: Token[], dialect: string): ParseResult {
  const first = astify(text, dialect);
  if ("asts" in first) return first;
  // node-sql-parser's grammars take a data-modifying statement's CTEs after INSERT's target
  // (`INSERT INTO t (…) WITH … SELECT …`), where PostgreSQL puts them before: move them there.
  const hoisted = hoistWithBeforeInsert(text, tokens);
  if (hoisted !== undefined) {
    const second = astify(hoisted, dialect);
    if ("asts" in second) return second;
  }
  return first;
}

/** The AST type a statement's first words promise. */
function expectedType(text: string, tokens: Token[]): string[] {
  const words = leadingWords(text, tokens, 1);
  switch (words[0]) {
    case "SELECT":
    case "(":
    case "FROM":
      return ["select"];
    case "WITH":
      return ["select", "insert", "update", "delete", "merge"];
    case "INSERT":
    case "UPSERT":
      return ["insert"];
    case "REPLACE":
      return ["replace", "insert"];
    case "UPDATE":
      return ["update"];
    case "DELETE":
      return ["delete"];
    case "MERGE":
      return ["merge"];
    case "TRUNCATE":
      return ["truncate"];
    case "ALTER":
      return ["alter"];
    case "CREATE":
      return ["create"];
    default:
      return [];
  }
}

const JOIN_WORDS = new Set(["NATURAL", "CROSS", "LEFT", "RIGHT", "FULL", "INNER", "OUTER", "JOIN", "LATERAL", "ON", "USING", "WHERE", "QUALIFY", "UNNEST", "WINDOW", "TABLESAMPLE", "PIVOT", "UNPIVOT", "SELECT"]);

/** Whether a parse reads the statement as written (one statement of the promised kind, no keyword taken for an alias). */
function plausible(asts: Ast[], expected: string[]): boolean {
  if (asts.length !== 1) return false;
  if (expected.length > 0 && !expected.includes(asts[0]?.type)) return false;
  let ok = true;
  const visit = (node: Ast, depth: number): void => {
    if (!ok || !node || typeof node !== "object" || depth > 200) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    if (Array.isArray(node.from)) {
      for (const item of node.from) {
        const alias = typeof item?.as === "string" ? item.as.toUpperCase() : undefined;
        if (alias !== undefined && JOIN_WORDS.has(alias)) ok = false;
      }
    }
    for (const key of Object.keys(node)) if (key !== "loc" && key !== "tableList" && key !== "columnList") visit(node[key], depth + 1);
  };
  visit(asts[0], 0);
  return ok;
}

/** Grammars where `"…"` is a string, not an identifier. */
const BACKTICK_GRAMMARS = new Set(["mysql", "mariadb", "bigquery", "hive"]);

/**
 * node-sql-parser's PostgreSQL-style grammars return some quoted identifiers in expressions (a
 * Snowflake `"Email Address"`) as string literals; in those grammars `"…"` is always a name.
 */
function quotedStringsAsColumns(node: Ast): Ast {
  const visit = (value: Ast, parent: Ast): Ast => {
    if (!value || typeof value !== "object") return value;
    if (Array.isArray(value)) return value.map((v) => visit(v, parent));
    if (value.type === "double_quote_string" && parent && typeof parent.type === "string" && parent.type !== "column_ref") {
      return { type: "column_ref", table: null, column: { expr: { type: "double_quote_string", value: value.value } } };
    }
    for (const key of Object.keys(value)) if (key !== "loc") value[key] = visit(value[key], value);
    return value;
  };
  return visit(node, undefined);
}

/** `ALTER TABLE|VIEW [IF EXISTS] a.b RENAME TO [c.]d`, read from its tokens (grammars differ on the new name). */
function renameFromTokens(text: string, tokens: Token[]): ParseResult {
  const code = tokens.filter((t) => t.type !== "comment");
  const upper = (i: number) => (code[i]?.type === "word" ? text.slice(code[i]!.start, code[i]!.end).toUpperCase() : "");
  const name = (i: number): [Ast, number] => {
    const parts: Ast[] = [];
    while (code[i] && (code[i]!.type === "word" || code[i]!.type === "quoted")) {
      const t = code[i]!;
      parts.push(t.type === "quoted" ? { type: "quoted_identifier", value: t.value } : { type: "default", value: text.slice(t.start, t.end) });
      i++;
      if (!(code[i]?.type === "punct" && text[code[i]!.start] === ".")) break;
      i++;
    }
    return [{ db: parts.length >= 2 ? parts.at(-2) : null, table: parts.at(-1) }, i];
  };
  if (upper(0) !== "ALTER" || (upper(1) !== "TABLE" && upper(1) !== "VIEW")) return { error: "not a rename" };
  let i = 2;
  if (upper(i) === "IF") i += 2;
  const [from, next] = name(i);
  if (upper(next) !== "RENAME" || upper(next + 1) !== "TO") return { error: "not a rename" };
  const [to, end] = name(next + 2);
  if (!from.table || !to.table || end !== code.length) return { error: "not a rename" };
  return { asts: [{ type: "alter", table: [from], expr: [{ action: "rename", resource: "table", table: to }] }] };
}

function astify(text: string, dialect: string): ParseResult {
  try {
    const result: Ast = parserFor(dialect).astify(text, { database: dialect });
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
  /** The schema an earlier USE / SET search_path made the default (else the configured one). */
  defaultSchema?: string;
}

export interface ParsedFile {
  text: string;
  dialect: string;
  lines: LineIndex;
  statements: ParsedStatement[];
  /** Every comment of the file (annotations can stand between statements). */
  comments: Token[];
}

/**
 * Splits and parses a file; `dialect` must be a node-sql-parser dialect name. Procedure bodies are
 * read as the statements inside them, and USE / SET search_path set the default schema of the
 * statements after them.
 */
export function parseSqlFile(text: string, dialect: string): ParsedFile {
  const lines = new LineIndex(text);
  const tokens = tokenize(text, dialect);
  const statements: ParsedStatement[] = [];
  let schema: string | undefined;
  for (const split of splitTokens(text, tokens, dialect === "transactsql")) {
    for (const statement of scriptStatements(text, split, dialect)) {
      const relative = relativeTokens(statement);
      const words = leadingWords(statement.text, relative, 16);
      const kind = classifyStatement(words);
      const { line, column } = lines.position(statement.start);
      const parsed: ParsedStatement = { statement, line, column, words, kind };
      if (schema !== undefined) parsed.defaultSchema = schema;
      if (kind === "session") schema = sessionSchema(statement.text, relative, dialect) ?? schema;
      if (kind === "parse") parsed.result = parseStatement(statement.text, relative, dialect);
      statements.push(parsed);
    }
  }
  return { text, dialect, lines, statements, comments: tokens.filter((t) => t.type === "comment") };
}

/** A statement's tokens with offsets relative to its own text. */
export function relativeTokens(statement: SqlStatement): Token[] {
  return statement.tokens.map((t) => ({ ...t, start: t.start - statement.start, end: t.end - statement.start }));
}
