/**
 * A small SQL lexer and statement splitter. node-sql-parser parses whole scripts but stops at the
 * first error and reports no statement boundaries, so each file is split here and every statement
 * is parsed on its own: a broken statement becomes one diagnostic and the rest is still analysed.
 */

export type TokenType = "word" | "quoted" | "string" | "number" | "comment" | "param" | "punct";

export interface Token {
  type: TokenType;
  /** Offsets into the lexed text, end exclusive. */
  start: number;
  end: number;
  /** For `quoted`: the identifier without its quotes. */
  value?: string;
}

export interface SqlStatement {
  /** Source text from the first to the last significant token (comments around it excluded). */
  text: string;
  /** Offset of `text` in the file. */
  start: number;
  /** All tokens of the statement, comments included, offsets relative to the file. */
  tokens: Token[];
}

interface DialectLexing {
  /** `"…"` quotes an identifier (ANSI) rather than a string. */
  doubleQuoteIdent: boolean;
  /** Backslash escapes inside quoted strings. */
  backslashEscapes: boolean;
  /** `#` starts a line comment. */
  hashComments: boolean;
  /** `[…]` quotes an identifier. */
  bracketIdent: boolean;
  /** `$tag$ … $tag$` strings. */
  dollarQuotes: boolean;
  /** `/* … *\/` comments nest. */
  nestedComments: boolean;
  /** `'''…'''` and `"""…"""` strings. */
  tripleQuotes: boolean;
}

function dialectLexing(dialect: string): DialectLexing {
  const mysqlLike = ["mysql", "mariadb", "hive", "bigquery", "athena", "flinksql", "sqlite"].includes(dialect);
  return {
    doubleQuoteIdent: !["mysql", "mariadb", "hive", "bigquery"].includes(dialect),
    backslashEscapes: mysqlLike || dialect === "snowflake",
    hashComments: ["mysql", "mariadb", "bigquery"].includes(dialect),
    bracketIdent: dialect === "transactsql" || dialect === "sqlite",
    dollarQuotes: ["postgresql", "redshift", "snowflake", "noql"].includes(dialect),
    nestedComments: ["postgresql", "redshift", "noql"].includes(dialect),
    tripleQuotes: dialect === "bigquery",
  };
}

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;
const DIGIT = /[0-9]/;

/** Tokenizes SQL; whitespace is dropped. Never throws: an unterminated string runs to the end. */
export function tokenize(text: string, dialect: string): Token[] {
  const lex = dialectLexing(dialect);
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  const push = (type: TokenType, start: number, end: number, value?: string) => {
    tokens.push(value === undefined ? { type, start, end } : { type, start, end, value });
    i = end;
  };
  const quotedUntil = (start: number, close: string, backslash: boolean): number => {
    let j = start + 1;
    while (j < n) {
      const c = text[j];
      if (backslash && c === "\\") j += 2;
      else if (c === close) {
        if (text[j + 1] === close) j += 2;
        else return j + 1;
      } else j++;
    }
    return n;
  };
  while (i < n) {
    const c = text[i];
    const next = text[i + 1];
    if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\v" || c === "\uFEFF") {
      i++;
    } else if ((c === "-" && next === "-") || (c === "#" && lex.hashComments)) {
      const nl = text.indexOf("\n", i);
      push("comment", i, nl === -1 ? n : nl);
    } else if (c === "/" && next === "*") {
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        if (text[j] === "*" && text[j + 1] === "/") {
          depth--;
          j += 2;
        } else if (lex.nestedComments && text[j] === "/" && text[j + 1] === "*") {
          depth++;
          j += 2;
        } else j++;
      }
      push("comment", i, Math.min(j, n));
    } else if (lex.tripleQuotes && (c === "'" || c === '"') && text.startsWith(c.repeat(3), i)) {
      const close = text.indexOf(c.repeat(3), i + 3);
      push("string", i, close === -1 ? n : close + 3);
    } else if (c === "'") {
      const escaped = lex.backslashEscapes || (i > 0 && /[eE]/.test(text[i - 1]!) && !WORD_PART.test(text[i - 2] ?? " "));
      push("string", i, quotedUntil(i, "'", escaped));
    } else if (c === '"') {
      const end = quotedUntil(i, '"', !lex.doubleQuoteIdent && lex.backslashEscapes);
      if (lex.doubleQuoteIdent) push("quoted", i, end, text.slice(i + 1, end - 1).replace(/""/g, '"'));
      else push("string", i, end);
    } else if (c === "`") {
      const end = quotedUntil(i, "`", false);
      push("quoted", i, end, text.slice(i + 1, end - 1).replace(/``/g, "`"));
    } else if (c === "[" && lex.bracketIdent) {
      const close = text.indexOf("]", i + 1);
      const end = close === -1 ? n : close + 1;
      push("quoted", i, end, text.slice(i + 1, end - 1));
    } else if (c === "$" && lex.dollarQuotes && dollarTag(text, i) !== undefined) {
      const tag = dollarTag(text, i)!;
      const close = text.indexOf(tag, i + tag.length);
      push("string", i, close === -1 ? n : close + tag.length);
    } else if (c === "$" && next !== undefined && DIGIT.test(next)) {
      let j = i + 1;
      while (j < n && DIGIT.test(text[j]!)) j++;
      push("param", i, j);
    } else if ((c === ":" || c === "@") && next !== undefined && WORD_START.test(next) && text[i - 1] !== c) {
      let j = i + 1;
      while (j < n && WORD_PART.test(text[j]!)) j++;
      push("param", i, j);
    } else if (c === "?" && next !== "?" && next !== "|" && next !== "&" && text[i - 1] !== "?") {
      push("param", i, i + 1);
    } else if (DIGIT.test(c!) || (c === "." && next !== undefined && DIGIT.test(next))) {
      let j = i + 1;
      while (j < n && /[0-9.eE_xXa-fA-F]/.test(text[j]!)) j++;
      push("number", i, j);
    } else if (WORD_START.test(c!)) {
      let j = i + 1;
      while (j < n && WORD_PART.test(text[j]!)) j++;
      push("word", i, j);
    } else {
      // Two-character operators matter for bind detection (`::` is a cast, not `:name`).
      push("punct", i, c === ":" && next === ":" ? i + 2 : i + 1);
    }
  }
  return tokens;
}

/** `$$` or `$tag$` at `i`, else undefined (`$1` is a bind parameter, not a quote). */
function dollarTag(text: string, i: number): string | undefined {
  const match = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 64));
  return match ? match[0] : undefined;
}

/** Splits a script at top-level semicolons; statements made only of comments are dropped. */
export function splitStatements(text: string, dialect: string): SqlStatement[] {
  return splitTokens(text, tokenize(text, dialect));
}

/** `goBatches`: a `GO` alone on its line separates statements too (SQL Server scripts). */
export function splitTokens(text: string, tokens: Token[], goBatches = false): SqlStatement[] {
  const statements: SqlStatement[] = [];
  let current: Token[] = [];
  const flush = () => {
    const significant = current.filter((t) => t.type !== "comment");
    if (significant.length > 0) {
      const start = significant[0]!.start;
      const end = significant[significant.length - 1]!.end;
      statements.push({ text: text.slice(start, end), start, tokens: current });
    }
    current = [];
  };
  for (const token of tokens) {
    if (token.type === "punct" && text[token.start] === ";") flush();
    else if (goBatches && token.type === "word" && /^go$/i.test(text.slice(token.start, token.end)) && aloneOnLine(text, token)) flush();
    else current.push(token);
  }
  flush();
  return statements;
}

function aloneOnLine(text: string, token: Token): boolean {
  const lineStart = text.lastIndexOf("\n", token.start - 1) + 1;
  const lineEnd = text.indexOf("\n", token.end);
  return text.slice(lineStart, token.start).trim() === "" && /^\s*(\d+\s*)?(--.*)?$/.test(text.slice(token.end, lineEnd === -1 ? text.length : lineEnd));
}

/** Maps offsets to 1-based line and column (UTF-16 code units). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  lineStart(line: number): number {
    return this.starts[line - 1] ?? 0;
  }
}

/** Upper-cased text of the first words of a statement, for classification. */
export function leadingWords(text: string, tokens: Token[], count: number): string[] {
  return tokens
    .filter((t) => t.type !== "comment")
    .slice(0, count)
    .map((t) => (t.type === "word" ? text.slice(t.start, t.end).toUpperCase() : text.slice(t.start, t.end)));
}
