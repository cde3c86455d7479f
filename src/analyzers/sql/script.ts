/**
 * A script's structure around its statements: procedure bodies (the statements inside
 * `CREATE PROCEDURE … BEGIN … END` or a `$$ … $$` body are analysed like any other), the
 * control flow around them (`BEGIN`, `IF … THEN`, `END IF`), and session settings that change
 * the default schema (`USE db`, `SET search_path`).
 */
import { splitTokens, tokenize, type SqlStatement, type Token } from "./statements.js";

const BLOCK_ENDINGS = new Set(["IF", "LOOP", "WHILE", "FOR", "CASE", "REPEAT", "TRY", "CATCH"]);
const TRANSACTION_WORDS = new Set(["TRANSACTION", "TRAN", "WORK", "DISTRIBUTED"]);
/** Procedural statements that cannot be analysed as SQL (declarations, dynamic SQL, cursors …). */
const PROCEDURAL = new Set(["DECLARE", "RAISE", "RETURN", "CALL", "EXEC", "EXECUTE", "PERFORM", "OPEN", "FETCH", "CLOSE", "LET", "PRINT", "THROW", "LEAVE", "ITERATE", "CONTINUE", "BREAK", "EXIT", "SIGNAL", "GET"]);
/** Languages whose bodies are not SQL. */
const FOREIGN_LANGUAGES = new Set(["JAVASCRIPT", "PYTHON", "JAVA", "SCALA", "PLPYTHONU", "PLPYTHON3U", "PLV8", "PLPERL", "C", "INTERNAL"]);

/** The statements a split statement stands for: itself, the statements of a procedure body, or none. */
export function scriptStatements(text: string, statement: SqlStatement, dialect: string): SqlStatement[] {
  const stripped = stripControlFlow(text, statement);
  if (!stripped) return [];
  const code = stripped.tokens.filter((t) => t.type !== "comment");
  const upper = (t: Token | undefined) => (t && t.type === "word" ? text.slice(t.start, t.end).toUpperCase() : "");
  if (upper(code[0]) === "DO" && code[1]?.type === "string" && text[code[1].start] === "$") return quotedBody(text, code[1], dialect);
  if (upper(code[0]) !== "CREATE") return [stripped];
  let i = 1;
  while (["OR", "REPLACE", "ALTER", "TEMP", "TEMPORARY", "SECURE", "DEFINER"].includes(upper(code[i]))) i++;
  const kind = upper(code[i]);
  if (kind !== "PROCEDURE" && kind !== "FUNCTION" && kind !== "PROC") return [stripped];
  const language = code.findIndex((t) => upper(t) === "LANGUAGE");
  if (language >= 0 && FOREIGN_LANGUAGES.has(upper(code[language + 1]))) return [];
  // A quoted body: `AS $$ … $$`.
  const body = code.find((t) => t.type === "string" && text[t.start] === "$");
  if (body) return quotedBody(text, body, dialect);
  // An unquoted body: `… BEGIN stmt; stmt; END` (the splitter cut it at its semicolons, so the
  // statements after this one are read on their own), or SQL Server's `AS stmt`.
  let depth = 0;
  for (let j = i + 1; j < code.length; j++) {
    const t = code[j]!;
    const p = t.type === "punct" ? text[t.start] : "";
    if (p === "(") depth++;
    else if (p === ")") depth--;
    else if (depth === 0 && (upper(t) === "BEGIN" || (upper(t) === "AS" && dialect === "transactsql"))) {
      const rest = stripped.tokens.filter((x) => x.start > t.start);
      return rest.some((x) => x.type !== "comment") ? scriptStatements(text, cut(text, rest), dialect) : [];
    }
  }
  return [];
}

function quotedBody(text: string, body: Token, dialect: string): SqlStatement[] {
  const tag = /^\$[^$]*\$/.exec(text.slice(body.start, body.start + 64))?.[0] ?? "$$";
  const innerStart = body.start + tag.length;
  const innerEnd = text.endsWith(tag, body.end) && body.end - tag.length >= innerStart ? body.end - tag.length : body.end;
  return bodyStatements(text, innerStart, innerEnd, dialect);
}

function bodyStatements(text: string, start: number, end: number, dialect: string): SqlStatement[] {
  const inner = text.slice(start, end);
  const tokens = tokenize(inner, dialect).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
  // splitTokens reads token text from the file, so offsets stay file offsets.
  return splitTokens(text, tokens, dialect === "transactsql").flatMap((s) => scriptStatements(text, s, dialect));
}

/** A statement made of `tokens` (file offsets). */
function cut(text: string, tokens: Token[]): SqlStatement {
  const code = tokens.filter((t) => t.type !== "comment");
  const start = code[0]!.start;
  return { text: text.slice(start, code[code.length - 1]!.end), start, tokens };
}

/**
 * Drops the control flow in front of a statement inside a procedure (`BEGIN`, `IF … THEN`,
 * `ELSE`, `END IF`, `LOOP`); undefined when nothing analysable is left (a transaction's `BEGIN`,
 * a declaration, an `END`).
 */
function stripControlFlow(text: string, statement: SqlStatement): SqlStatement | undefined {
  let tokens = statement.tokens;
  const code = () => tokens.filter((t) => t.type !== "comment");
  const upper = (t: Token | undefined) => (t && t.type === "word" ? text.slice(t.start, t.end).toUpperCase() : "");
  const drop = (n: number) => {
    const kept = code();
    const from = kept[n]?.start ?? Number.POSITIVE_INFINITY;
    tokens = tokens.filter((t) => t.start >= from);
  };
  for (let guard = 0; guard < 100; guard++) {
    const c = code();
    if (c.length === 0) return undefined;
    const first = upper(c[0]);
    const second = upper(c[1]);
    // `label:` in front of a block.
    if ((c[0]!.type === "word" || c[0]!.type === "quoted") && c[1]?.type === "punct" && text[c[1].start] === ":" && c.length > 2 && text[c[1].start + 1] !== ":") {
      drop(2);
    } else if (first === "BEGIN") {
      if (c.length === 1 || TRANSACTION_WORDS.has(second)) return undefined;
      drop(second === "TRY" || second === "CATCH" || second === "ATOMIC" ? 2 : 1);
    } else if (first === "END") {
      drop(BLOCK_ENDINGS.has(second) ? 2 : 1);
    } else if (first === "ELSE" || first === "LOOP" || first === "REPEAT" || first === "DO" && c.length > 1 && c[1]!.type === "word") {
      drop(1);
    } else if (first === "IF" || first === "ELSIF" || first === "ELSEIF" || first === "WHILE" || first === "FOR" || first === "WHEN") {
      if (first === "IF" && (second === "NOT" || second === "EXISTS")) return statementOf(text, statement, tokens);
      let depth = 0;
      let end = -1;
      for (let j = 1; j < c.length; j++) {
        const p = c[j]!.type === "punct" ? text[c[j]!.start] : "";
        if (p === "(") depth++;
        else if (p === ")") depth--;
        else if (depth === 0 && ["THEN", "DO", "LOOP"].includes(upper(c[j]))) {
          end = j;
          break;
        }
      }
      if (end < 0) return undefined;
      drop(end + 1);
    } else if (PROCEDURAL.has(first)) {
      return undefined;
    } else {
      return statementOf(text, statement, tokens);
    }
  }
  return undefined;
}

function statementOf(text: string, original: SqlStatement, tokens: Token[]): SqlStatement | undefined {
  if (tokens === original.tokens) return original;
  return tokens.some((t) => t.type !== "comment") ? cut(text, tokens) : undefined;
}

/**
 * The default schema a session statement sets (`USE analytics`, `USE SCHEMA db.mart`,
 * `SET search_path TO mart, public`, `SET SCHEMA 'mart'`), or undefined when it sets none (SQL
 * Server's `USE` switches databases, Snowflake's `USE DATABASE` / `USE WAREHOUSE` …).
 */
export function sessionSchema(text: string, tokens: Token[], dialect: string): string | undefined {
  const code = tokens.filter((t) => t.type !== "comment");
  const upper = (t: Token | undefined) => (t && t.type === "word" ? text.slice(t.start, t.end).toUpperCase() : "");
  const name = (t: Token | undefined): string | undefined => {
    if (!t) return undefined;
    if (t.type === "quoted") return t.value;
    if (t.type === "string") return text.slice(t.start + 1, t.end - 1);
    if (t.type === "word") return text.slice(t.start, t.end).toLowerCase();
    return undefined;
  };
  /** The last part of a dotted name starting at `i`. */
  const lastPart = (i: number): string | undefined => {
    let last = name(code[i]);
    while (code[i + 1]?.type === "punct" && text[code[i + 1]!.start] === ".") {
      i += 2;
      last = name(code[i]) ?? last;
    }
    return last;
  };
  const first = upper(code[0]);
  if (first === "USE") {
    if (dialect === "transactsql") return undefined;
    const second = upper(code[1]);
    if (second === "SCHEMA") return lastPart(2);
    if (["DATABASE", "ROLE", "WAREHOUSE", "SECONDARY", "CATALOG"].includes(second)) return undefined;
    return lastPart(1);
  }
  if (first === "SET") {
    const second = upper(code[1]);
    if (second !== "SEARCH_PATH" && second !== "SCHEMA") return undefined;
    let i = 2;
    if (upper(code[i]) === "TO" || (code[i]?.type === "punct" && text[code[i]!.start] === "=")) i++;
    for (; i < code.length; i++) {
      const value = name(code[i]);
      if (value !== undefined && value !== "$user" && !(code[i]!.type === "punct")) return value;
    }
  }
  return undefined;
}
