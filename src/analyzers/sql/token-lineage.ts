/**
 * The last resort for a statement no parser reads: the tables it writes and reads, found in its
 * tokens (`INSERT INTO t`, `MERGE INTO t`, `CREATE TABLE t … AS`, `FROM a`, `JOIN b`), so its
 * lineage survives at table level next to the syntax error.
 */
import type { StatementContext } from "./context.js";
import type { Names } from "./names.js";
import type { Token } from "./statements.js";

const WRITE_AFTER: Record<string, string[]> = {
  INSERT: ["INTO", "OVERWRITE", "TABLE"],
  UPSERT: ["INTO"],
  REPLACE: ["INTO"],
  MERGE: ["INTO"],
  UPDATE: [],
  DELETE: ["FROM"],
  TRUNCATE: ["TABLE"],
};
const READ_AFTER = new Set(["FROM", "JOIN", "USING", "APPLY"]);
const NOT_NAMES = new Set(["SELECT", "LATERAL", "UNNEST", "ONLY", "TABLE", "IF", "NOT", "EXISTS", "WITH"]);

export interface TokenTables {
  writes: string[];
  reads: string[];
}

/** `text` and `tokens` of one statement (offsets relative to `text`). */
export function tablesFromTokens(text: string, tokens: Token[], names: Names): TokenTables {
  const code = tokens.filter((t) => t.type !== "comment");
  const upper = (i: number) => (code[i]?.type === "word" ? text.slice(code[i]!.start, code[i]!.end).toUpperCase() : "");
  const punct = (i: number) => (code[i]?.type === "punct" ? text[code[i]!.start] : "");
  /** The dotted name at i, or undefined. */
  const nameAt = (i: number, columnList = false): string | undefined => {
    const parts: string[] = [];
    while (code[i] && (code[i]!.type === "word" || code[i]!.type === "quoted") && !NOT_NAMES.has(upper(i))) {
      const t = code[i]!;
      parts.push(t.type === "quoted" ? t.value! : text.slice(t.start, t.end).toLowerCase());
      if (punct(i + 1) !== ".") break;
      i += 2;
    }
    if (parts.length === 0 || (punct(i + 1) === "(" && !columnList)) return undefined; // a function call
    return names.tableFromParts(parts.flatMap((p) => (p.includes(".") ? p.split(".") : [p])));
  };
  const ctes = new Set<string>();
  for (let i = 0; i < code.length; i++) {
    if ((code[i]!.type === "word" || code[i]!.type === "quoted") && upper(i + 1) === "AS" && punct(i + 2) === "(") {
      const cte = nameAt(i);
      if (cte) ctes.add(cte);
    }
  }
  const writes = new Set<string>();
  const reads = new Set<string>();
  const first = upper(0);
  if (first === "CREATE") {
    const at = code.findIndex((_, i) => i < 10 && (upper(i) === "TABLE" || upper(i) === "VIEW"));
    if (at > 0) {
      let i = at + 1;
      if (upper(i) === "IF") i += 3;
      const table = nameAt(i, true);
      if (table) writes.add(table);
    }
  }
  for (let i = 0; i < code.length; i++) {
    const word = upper(i);
    const after = WRITE_AFTER[word];
    if (after && (i === 0 || ["WITH", ")"].includes(upper(i - 1) || punct(i - 1)) || word === "INSERT" || word === "MERGE")) {
      let j = i + 1;
      while (after.includes(upper(j))) j++;
      const table = nameAt(j, true);
      if (table && !ctes.has(table)) writes.add(table);
    } else if (READ_AFTER.has(word) && punct(i + 1) !== "(") {
      const table = nameAt(i + 1);
      if (table && !ctes.has(table)) reads.add(table);
    }
  }
  for (const table of writes) reads.delete(table);
  return { writes: [...writes].sort(), reads: [...reads].sort() };
}

/** Table-level edges from every table read to every table written, at the statement's write site. */
export function addTokenLineage(found: TokenTables, ctx: StatementContext): void {
  for (const table of found.writes) {
    const site = ctx.writeSite("statement", table);
    const target = ctx.tableNode(table, site);
    for (const read of found.reads) ctx.edge(ctx.tableNode(read), target, { kind: "data", write: site });
    ctx.writes.add(table);
  }
}
