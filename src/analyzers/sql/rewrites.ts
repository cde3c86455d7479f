/**
 * Dialect quirks, rewritten away before parsing so the extractors never see them: DDL options no
 * grammar here reads (Hive's STORED AS / ROW FORMAT, Redshift's DISTKEY, BigQuery's OPTIONS …),
 * `INSERT OVERWRITE`, Hive's `LATERAL VIEW explode(…)`, and identifier quoting brought to the
 * style of the grammar that is tried. Rewrites keep offsets where they can (`sameOffsets`), so
 * syntax errors still point into the file.
 */
import { tokenize, type Token } from "./statements.js";

export interface Rewritten {
  text: string;
  tokens: Token[];
  sameOffsets: boolean;
}

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
  let lateralViews: { from: number; to: number; replacement: string }[] = [];

  if (upper(0) === "CREATE") {
    // Modifiers no lineage depends on, which some grammars here do not take.
    const table = code.slice(0, 8).findIndex((_, i) => upper(i) === "TABLE");
    for (let i = 1; i < 7 && i < code.length; i++) {
      const word = upper(i);
      if (word === "MATERIALIZED" || word === "TRANSIENT" || word === "VOLATILE" || word === "MULTISET" || word === "SECURE") blank(code[i]!.start, code[i]!.end);
      if (table > 0 && word === "OR" && upper(i + 1) === "REPLACE") blank(code[i]!.start, code[i + 1]!.end);
    }
    if (table > 0) {
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

  if (upper(0) === "INSERT" && upper(1) === "OVERWRITE") {
    // INSERT OVERWRITE [TABLE | INTO] t [PARTITION (…)] → INSERT INTO t.
    blank(code[1]!.start, code[1]!.end);
    put(code[1]!.start, "INTO");
    let i = 2;
    if (upper(i) === "TABLE" || upper(i) === "INTO") blank(code[i]!.start, code[i++]!.end);
    while (code[i] && (code[i]!.type === "word" || code[i]!.type === "quoted")) {
      i++;
      if (punct(i) !== ".") break;
      i++;
    }
    if (upper(i) === "PARTITION" && punct(i + 1) === "(") blank(code[i]!.start, code[closing(i + 1)]!.end);
  }
  // Hive's INSERT INTO TABLE t (also after a WITH).
  for (let i = 0, depth = 0; i + 2 < code.length; i++) {
    if (punct(i) === "(") depth++;
    else if (punct(i) === ")") depth--;
    else if (depth === 0 && upper(i) === "INSERT" && upper(i + 1) === "INTO" && upper(i + 2) === "TABLE") blank(code[i + 2]!.start, code[i + 2]!.end);
  }
  if (upper(0) === "INSERT") {
    // Hive's INSERT INTO t PARTITION (dt = '…') SELECT …
    const partition = code.findIndex((_, i) => upper(i) === "PARTITION" && punct(i + 1) === "(" && i < 8);
    if (partition > 0) blank(code[partition]!.start, code[closing(partition + 1)]!.end);
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
    lateralViews.push({
      from: code[i]!.start,
      to: code[j - 1]!.end,
      replacement: `CROSS JOIN LATERAL ${call} AS ${alias}${columns.length > 0 ? `(${columns.join(", ")})` : ""}`,
    });
    i = j - 1;
  }

  let rewritten = chars.join("");
  if (upper(0) === "MERGE" && upper(1) !== "INTO" && code[1]) {
    // BigQuery: MERGE [INTO] is optional.
    sameOffsets = false;
    rewritten = `${rewritten.slice(0, code[1].start)}INTO ${rewritten.slice(code[1].start)}`;
  }
  if (lateralViews.length > 0) {
    if (!sameOffsets) return { text: rewritten, tokens: tokenize(rewritten, dialect), sameOffsets };
    sameOffsets = false;
    for (const view of lateralViews.reverse()) rewritten = rewritten.slice(0, view.from) + view.replacement + rewritten.slice(view.to);
    lateralViews = [];
  }
  if (rewritten === text) return { text, tokens, sameOffsets: true };
  return { text: rewritten, tokens: sameOffsets ? tokens : tokenize(rewritten, dialect), sameOffsets };
}

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
