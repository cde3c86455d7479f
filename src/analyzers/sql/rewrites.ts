/**
 * Dialect quirks, rewritten away before parsing so the extractors never see them: DDL options no
 * grammar here reads (Hive's STORED AS / ROW FORMAT, Redshift's DISTKEY, BigQuery's OPTIONS …),
 * `INSERT OVERWRITE` and its partitions, Hive's `LATERAL VIEW explode(…)` and complex column
 * types, `IGNORE NULLS`, BigQuery's aggregate `ORDER BY … LIMIT` and `* EXCEPT … REPLACE`,
 * Snowflake's variant paths, and identifier quoting brought to the style of the grammar that is
 * tried. Rewrites keep offsets where they can (`sameOffsets`), so syntax errors still point into
 * the file. What a rewrite takes out of the text and lineage still needs comes back through
 * `restore`, as fields of the AST the extractors read.
 */
import type { Ast } from "./parse.js";
import { tokenize, type Token } from "./statements.js";

export interface Rewritten {
  text: string;
  tokens: Token[];
  sameOffsets: boolean;
  /** Puts back into a parsed AST what the rewrite took out of the text. */
  restore?: (ast: Ast) => void;
}

const COMPLEX_TYPES = new Set(["ARRAY", "MAP", "STRUCT", "UNIONTYPE"]);

/** Stands for a column `* EXCEPT (…)` drops, inside BigQuery's `* REPLACE (…)` list. */
const EXCEPT_MARKER = "__star_except__";

/** Aggregates are calls; these words before `(` open something else (a window, a CTE or window body). */
const NOT_CALLS = new Set(["OVER", "AS", "IN", "EXISTS", "ANY", "ALL", "SOME", "VALUES", "USING", "ON", "AND", "OR", "NOT", "WHEN", "THEN", "ELSE", "WHERE", "FROM", "JOIN", "SELECT", "BY"]);

/** Table options after a CREATE TABLE's column list that carry no lineage, by their first word. */
const TABLE_OPTIONS = new Set([
  "STORED", "ROW", "LOCATION", "TBLPROPERTIES", "CLUSTERED", "SORTED", "SKEWED", "USING", "OPTIONS",
  "CLUSTER", "PARTITION", "DISTKEY", "SORTKEY", "DISTSTYLE", "COMPOUND", "INTERLEAVED", "BACKUP",
  "ENCODE", "COMMENT", "WITH", "LIFECYCLE", "ENGINE", "CHANGE_TRACKING", "DATA_RETENTION_TIME_IN_DAYS",
  "COPY", "STAGE_FILE_FORMAT", "ON", "TEXTIMAGE_ON", "INHERITS", "TABLESPACE", "DEFAULT", "CHARSET",
]);

export function rewriteForParsers(text: string, tokens: Token[], dialect: string): Rewritten {
  const code = tokens.filter((t) => t.type !== "comment");
  const upper = (i: number) => (code[i]?.type === "word" ? text.slice(code[i]!.start, code[i]!.end).toUpperCase() : "");
  const punct = (i: number) => (code[i]?.type === "punct" ? text[code[i]!.start] : "");
  const chars = text.split("");
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (chars[k] !== "\n" && chars[k] !== "\r") chars[k] = " ";
  };
  const put = (at: number, replacement: string) => {
    for (let k = 0; k < replacement.length; k++) chars[at + k] = replacement[k]!;
  };
  /** Index of the token closing the parenthesis opened at `i`. */
  const closing = (i: number) => {
    let depth = 0;
    for (let j = i; j < code.length; j++) {
      if (punct(j) === "(") depth++;
      else if (punct(j) === ")" && --depth === 0) return j;
    }
    return code.length - 1;
  };
  let sameOffsets = true;
  /** Rewrites that change the text's length, in original offsets. */
  const splices: { from: number; to: number; replacement: string }[] = [];
  const restores: ((ast: Ast) => void)[] = [];

  if (upper(0) === "CREATE") {
    // Modifiers no lineage depends on, which some grammars here do not take.
    const table = code.slice(0, 8).findIndex((_, i) => upper(i) === "TABLE");
    for (let i = 1; i < 7 && i < code.length; i++) {
      const word = upper(i);
      if (word === "MATERIALIZED" || word === "TRANSIENT" || word === "VOLATILE" || word === "MULTISET" || word === "SECURE") blank(code[i]!.start, code[i]!.end);
      if (table > 0 && word === "OR" && upper(i + 1) === "REPLACE") blank(code[i]!.start, code[i + 1]!.end);
    }
    if (table > 0) {
      // Complex column types (Hive's MAP<…>, ARRAY<…>, STRUCT<…>) carry no lineage: a plain type in their place.
      for (let i = table + 1, depth = 0; i < code.length && !(depth === 0 && upper(i) === "AS"); i++) {
        if (punct(i) === "(") depth++;
        else if (punct(i) === ")") depth--;
        else if (COMPLEX_TYPES.has(upper(i)) && punct(i + 1) === "<") {
          let j = i + 1;
          for (let angle = 0; j < code.length; j++) {
            if (punct(j) === "<") angle++;
            else if (punct(j) === ">" && --angle === 0) break;
          }
          if (j >= code.length) continue;
          blank(code[i]!.start, code[j]!.end);
          put(code[i]!.start, "STRING");
          i = j;
        }
      }
      // Past the name and the column list, blank table options up to AS (a CTAS query) or the end.
      let i = table + 1;
      if (upper(i) === "IF") i += 3;
      while (code[i] && (code[i]!.type === "word" || code[i]!.type === "quoted")) {
        i++;
        if (punct(i) !== ".") break;
        i++;
      }
      let columnsEnd = -1;
      if (punct(i) === "(") {
        columnsEnd = closing(i);
        i = columnsEnd + 1;
      }
      while (i < code.length && upper(i) !== "AS") {
        const word = upper(i);
        if (word === "PARTITIONED" && upper(i + 1) === "BY" && punct(i + 2) === "(") {
          const end = closing(i + 2);
          // Hive: partition columns are columns of the table, declared after the column list.
          const declares = code[i + 4]?.type === "word" && punct(i + 4) !== "," && punct(i + 4) !== ")";
          if (columnsEnd >= 0 && declares) {
            blank(code[columnsEnd]!.start, code[i + 2]!.end);
            put(code[columnsEnd]!.start, ",");
          } else blank(code[i]!.start, code[end]!.end);
          i = end + 1;
        } else if (word === "STORED" && upper(i + 1) === "AS") {
          blank(code[i]!.start, code[i + 2]?.end ?? code[i + 1]!.end);
          i += 3;
        } else if (TABLE_OPTIONS.has(word) || word === "PARTITIONED") {
          // An option runs to the next option word at depth 0, or AS.
          let j = i + 1;
          while (j < code.length && upper(j) !== "AS" && !(TABLE_OPTIONS.has(upper(j)) && j > i + 1 && !["BY", "FORMAT"].includes(upper(j - 1)))) {
            if (punct(j) === "(") j = closing(j);
            j++;
          }
          blank(code[i]!.start, code[j - 1]!.end);
          i = j;
        } else i++;
      }
    }
  }

  // The statement's INSERT (first, or after its WITH).
  let insert = upper(0) === "INSERT" ? 0 : -1;
  for (let i = 0, depth = 0; upper(0) === "WITH" && i < code.length && insert < 0; i++) {
    if (punct(i) === "(") depth++;
    else if (punct(i) === ")") depth--;
    else if (depth === 0 && upper(i) === "INSERT") insert = i;
  }
  if (insert >= 0) {
    // INSERT OVERWRITE [TABLE | INTO] t → INSERT INTO t; Hive's INSERT INTO TABLE t → INSERT INTO t.
    let i = insert + 1;
    if (upper(i) === "OVERWRITE") {
      blank(code[i]!.start, code[i]!.end);
      put(code[i]!.start, "INTO");
      i++;
      if (upper(i) === "TABLE" || upper(i) === "INTO") blank(code[i]!.start, code[i++]!.end);
    } else if (upper(i) === "INTO" && upper(i + 1) === "TABLE") {
      blank(code[i + 1]!.start, code[i + 1]!.end);
      i += 2;
    } else if (upper(i) === "INTO") i++;
    while (code[i] && (code[i]!.type === "word" || code[i]!.type === "quoted")) {
      i++;
      if (punct(i) !== ".") break;
      i++;
    }
    if (upper(i) === "PARTITION" && punct(i + 1) === "(") {
      // Hive's PARTITION (dt = '…', event_type): a static partition's value is a constant, so it
      // takes no select column; dynamic ones take the last select columns.
      const end = closing(i + 1);
      const fixed: string[] = [];
      for (let j = i + 2; j < end; j++) {
        if ((code[j]!.type === "word" || code[j]!.type === "quoted") && (punct(j - 1) === "(" || punct(j - 1) === ",") && punct(j + 1) === "=") {
          fixed.push(code[j]!.value ?? text.slice(code[j]!.start, code[j]!.end));
        }
      }
      blank(code[i]!.start, code[end]!.end);
      if (fixed.length > 0) restores.push((ast) => {
        if (ast?.type === "insert" || ast?.type === "replace") ast.static_partitions = fixed;
      });
    }
  }

  for (let i = 0; i < code.length; i++) {
    // FIRST_VALUE(x IGNORE NULLS): which nulls a window skips carries no lineage, and no grammar here reads it.
    if ((upper(i) === "IGNORE" || upper(i) === "RESPECT") && upper(i + 1) === "NULLS") blank(code[i]!.start, code[++i]!.end);
  }

  if (dialect === "bigquery") {
    // ARRAY_AGG(x ORDER BY y LIMIT 1): the ordering keys are data of the result, like arguments;
    // the grammar reads neither, so `ORDER BY` becomes a comma and `LIMIT n` goes.
    const calls: boolean[] = [];
    const ordered: boolean[] = [];
    for (let i = 0; i < code.length; i++) {
      const depth = calls.length - 1;
      if (punct(i) === "(") {
        calls.push(code[i - 1]?.type === "word" && !NOT_CALLS.has(upper(i - 1)) && !["SELECT", "WITH", "PARTITION", "ORDER"].includes(upper(i + 1)));
        ordered.push(false);
      } else if (punct(i) === ")") {
        calls.pop();
        ordered.pop();
      } else if (depth >= 0 && calls[depth] && upper(i) === "ORDER" && upper(i + 1) === "BY") {
        blank(code[i]!.start, code[i + 1]!.end);
        put(code[i]!.start, ",");
        ordered[depth] = true;
        i++;
      } else if (depth >= 0 && calls[depth] && upper(i) === "LIMIT" && code[i + 1]?.type === "number") {
        blank(code[i]!.start, code[++i]!.end);
      } else if (depth >= 0 && ordered[depth] && ["ASC", "DESC"].includes(upper(i))) {
        blank(code[i]!.start, code[i]!.end);
      } else if (depth >= 0 && ordered[depth] && upper(i) === "NULLS" && ["FIRST", "LAST"].includes(upper(i + 1))) {
        blank(code[i]!.start, code[++i]!.end);
      }
    }
    // SELECT * EXCEPT (c) REPLACE (f(a) AS a): the grammar takes one of the two; the dropped
    // columns join the REPLACE list under a marker, and `restore` takes them out again.
    for (let i = 0; i + 3 < code.length; i++) {
      if (punct(i) !== "*" || upper(i + 1) !== "EXCEPT" || punct(i + 2) !== "(") continue;
      const exceptEnd = closing(i + 2);
      if (upper(exceptEnd + 1) !== "REPLACE" || punct(exceptEnd + 2) !== "(") continue;
      const dropped = code.slice(i + 3, exceptEnd).filter((t) => t.type === "word" || t.type === "quoted").map((t) => text.slice(t.start, t.end));
      blank(code[i + 1]!.start, code[exceptEnd]!.end);
      const replaceEnd = code[closing(exceptEnd + 2)]!.start;
      splices.push({ from: replaceEnd, to: replaceEnd, replacement: dropped.map((name) => `, ${EXCEPT_MARKER} AS ${name}`).join("") });
      restores.push(restoreStarExcept);
      i = exceptEnd;
    }
  }

  if (dialect === "snowflake") {
    // Variant paths (`e.payload:user.email`, `v:items[0].sku`) read their column: the path after
    // it is data of that column, not a name (one grammar reads `payload:user` as a column).
    for (let i = 1; i < code.length; i++) {
      const t = code[i]!;
      const path = t.type === "param" && text[t.start] === ":" && /[A-Za-z0-9_$"\]\)]/.test(text[t.start - 1] ?? "");
      if (!path) continue;
      let end = i;
      for (;;) {
        const next = code[end + 1];
        if (!next || next.start !== code[end]!.end) break;
        if (next.type === "param" && text[next.start] === ":") end++;
        else if (punct(end + 1) === "." && (code[end + 2]?.type === "word" || code[end + 2]?.type === "quoted")) end += 2;
        else if (punct(end + 1) === "[") end = closing(end + 1);
        else break;
      }
      blank(t.start, code[end]!.end);
      i = end;
    }
  }

  // Hive / Spark: LATERAL VIEW [OUTER] f(args) alias [AS c1, c2] → CROSS JOIN LATERAL f(args) AS alias(c1, c2).
  for (let i = 0; i < code.length; i++) {
    if (upper(i) !== "LATERAL" || upper(i + 1) !== "VIEW") continue;
    let j = i + 2;
    if (upper(j) === "OUTER") j++;
    const callStart = j;
    while (code[j] && punct(j) !== "(") j++;
    const callEnd = closing(j);
    j = callEnd + 1;
    const alias = code[j] && upper(j) !== "AS" ? text.slice(code[j]!.start, code[j++]!.end) : "t";
    const columns: string[] = [];
    if (upper(j) === "AS") {
      j++;
      while (code[j] && (code[j]!.type === "word" || code[j]!.type === "quoted")) {
        columns.push(text.slice(code[j]!.start, code[j]!.end));
        if (punct(j + 1) !== ",") {
          j++;
          break;
        }
        j += 2;
      }
    }
    const call = text.slice(code[callStart]!.start, code[callEnd]!.end);
    splices.push({
      from: code[i]!.start,
      to: code[j - 1]!.end,
      replacement: `CROSS JOIN LATERAL ${call} AS ${alias}${columns.length > 0 ? `(${columns.join(", ")})` : ""}`,
    });
    i = j - 1;
  }

  if (upper(0) === "MERGE" && upper(1) !== "INTO" && code[1]) {
    // BigQuery: MERGE [INTO] is optional.
    splices.push({ from: code[1].start, to: code[1].start, replacement: "INTO " });
  }
  let rewritten = chars.join("");
  if (splices.length > 0) {
    sameOffsets = false;
    for (const splice of splices.sort((a, b) => b.from - a.from)) rewritten = rewritten.slice(0, splice.from) + splice.replacement + rewritten.slice(splice.to);
  }
  const result: Rewritten = rewritten === text ? { text, tokens, sameOffsets: true } : { text: rewritten, tokens: sameOffsets ? tokens : tokenize(rewritten, dialect), sameOffsets };
  if (restores.length > 0) result.restore = (ast) => restores.forEach((restore) => restore(ast));
  return result;
}

/** `* REPLACE (…, __star_except__ AS c)` → `* REPLACE (…)` with `except: [c]`, wherever it stands. */
function restoreStarExcept(node: Ast): void {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) return node.forEach(restoreStarExcept);
  if (node.type === "replace" && Array.isArray(node.expr_list)) {
    const marked = (e: Ast) => e?.expr?.type === "column_ref" && [e.expr.column, e.expr.column?.expr?.value].includes(EXCEPT_MARKER);
    node.except = node.expr_list.filter(marked).map((e: Ast) => ({ type: "column_ref", table: null, column: e.as }));
    node.expr_list = node.expr_list.filter((e: Ast) => !marked(e));
  }
  for (const key of Object.keys(node)) if (key !== "loc") restoreStarExcept(node[key]);
}

/**
 * Hive's multi-insert, `FROM src INSERT … SELECT … [WHERE …] INSERT … SELECT …`, as one
 * `INSERT … SELECT … FROM src …` per branch (a single `FROM src SELECT …` too); undefined for
 * any other statement.
 */
export function multiInsertBranches(text: string, tokens: Token[]): string[] | undefined {
  const code = tokens.filter((t) => t.type !== "comment");
  const upper = (i: number) => (code[i]?.type === "word" ? text.slice(code[i]!.start, code[i]!.end).toUpperCase() : "");
  if (upper(0) !== "FROM") return undefined;
  const starts: number[] = [];
  const clauses: number[] = [];
  for (let i = 1, depth = 0; i < code.length; i++) {
    const p = code[i]!.type === "punct" ? text[code[i]!.start] : "";
    if (p === "(") depth++;
    else if (p === ")") depth--;
    else if (depth === 0 && (upper(i) === "INSERT" || (upper(i) === "SELECT" && starts.length === 0))) starts.push(i);
    else if (depth === 0 && BRANCH_CLAUSES.has(upper(i)) && starts.length > 0) clauses.push(i);
  }
  if (starts.length === 0) return undefined;
  const from = text.slice(code[0]!.start, code[starts[0]! - 1]!.end);
  return starts.map((start, n) => {
    const end = n + 1 < starts.length ? code[starts[n + 1]! - 1]!.end : code[code.length - 1]!.end;
    const clause = clauses.find((c) => c > start && code[c]!.start < end);
    const listEnd = clause === undefined ? end : code[clause - 1]!.end;
    return `${text.slice(code[start]!.start, listEnd)} ${from} ${text.slice(listEnd, end)}`;
  });
}

/** What may follow a multi-insert branch's select list. */
const BRANCH_CLAUSES = new Set(["WHERE", "GROUP", "HAVING", "ORDER", "SORT", "CLUSTER", "DISTRIBUTE", "LIMIT", "WINDOW", "QUALIFY"]);

/** Grammars that quote identifiers with backticks rather than double quotes. */
export const BACKTICK_GRAMMARS = new Set(["mysql", "mariadb", "bigquery", "hive"]);

/**
 * The statement with its quoted identifiers in the quoting of `parser`'s grammar (same length):
 * `` `a` `` / `[a]` → `"a"` for PostgreSQL-style grammars, `"a"` → `` `a` `` for MySQL-style ones.
 */
export function quoteFor(text: string, tokens: Token[], dialect: string, parser: string): string {
  if (parser === dialect) return text;
  const quote = BACKTICK_GRAMMARS.has(parser) ? "`" : parser === "transactsql" ? "[" : '"';
  let out: string[] | undefined;
  for (const token of tokens) {
    if (token.type !== "quoted") continue;
    const open = text[token.start];
    if (open === quote) continue;
    out ??= text.split("");
    const close = quote === "[" ? "]" : quote;
    out[token.start] = quote;
    out[token.end - 1] = close;
  }
  return out ? out.join("") : text;
}
