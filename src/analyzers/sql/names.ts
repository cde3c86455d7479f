/**
 * Identifiers as the contract keys them: unquoted ones lower-cased, quoted ones kept as written;
 * tables as `<schema>.<table>` with the written schema or the default one.
 *
 * node-sql-parser keeps the quoting of some identifiers (`{ type: "double_quote_string" }`) and
 * drops it for others (table names and aliases are plain strings), so a statement's own quoted
 * identifiers, read from its source text, decide the rest.
 */
import type { Token } from "./statements.js";

/** An identifier as node-sql-parser gives it: a plain string or a `{ type, value }` / `{ expr: {…} }` wrapper. */
export type RawIdent = string | { type?: string; value?: unknown; expr?: { type?: string; value?: unknown } } | null | undefined;

const QUOTED_TYPES = new Set(["double_quote_string", "backticks_quote_string", "quoted_identifier"]);

export class Names {
  private readonly quoted: Set<string>;

  constructor(
    readonly defaultSchema: string,
    quotedIdentifiers: Iterable<string> = [],
  ) {
    this.quoted = new Set(quotedIdentifiers);
  }

  static forStatement(defaultSchema: string, tokens: Token[]): Names {
    const quoted: string[] = [];
    for (const token of tokens) if (token.type === "quoted" && token.value !== undefined) quoted.push(token.value);
    return new Names(defaultSchema, quoted);
  }

  /** The identifier's key form, or undefined when `raw` holds no name. */
  ident(raw: RawIdent): string | undefined {
    if (raw === null || raw === undefined) return undefined;
    if (typeof raw === "string") return this.quoted.has(raw) ? raw : raw.toLowerCase();
    const inner = raw.expr && typeof raw.expr === "object" ? raw.expr : raw;
    if (typeof inner.value !== "string" && typeof inner.value !== "number") return undefined;
    const value = String(inner.value);
    if (inner.type !== undefined && QUOTED_TYPES.has(inner.type)) return value;
    return this.quoted.has(value) ? value : value.toLowerCase();
  }

  /**
   * `<schema>.<table>` for a table reference. Accepts node-sql-parser's `{ db, schema, table }`
   * (`schema` is set for three-part names, `db` is then the database) and BigQuery's quoted
   * dotted paths (`` `project.dataset.table` ``).
   */
  table(ref: { db?: RawIdent; schema?: RawIdent; table?: RawIdent }): string | undefined {
    const parts: string[] = [];
    for (const raw of ref.schema ? [ref.schema, ref.table] : [ref.db, ref.table]) {
      const name = this.ident(raw);
      if (name === undefined || name === "") continue;
      // BigQuery's `project.dataset.table` is one quoted identifier naming a path.
      const quotedPath = name.includes(".") && this.quoted.has(name);
      parts.push(...(quotedPath ? name.split(".") : [name]));
    }
    const table = parts.at(-1);
    if (table === undefined) return undefined;
    return `${parts.at(-2) ?? this.defaultSchema}.${table}`;
  }

  /** The same, for a dotted name split into parts (`["dating", "profiles"]`). */
  tableFromParts(parts: string[]): string | undefined {
    const table = parts.at(-1);
    return table === undefined ? undefined : `${parts.at(-2) ?? this.defaultSchema}.${table}`;
  }
}

/** Splits a written dotted name (`dating."Profiles".religion`) into key-form parts. */
export function splitDottedName(text: string): string[] | undefined {
  const parts: string[] = [];
  const pattern = /\s*(?:"((?:[^"]|"")*)"|`((?:[^`]|``)*)`|\[([^\]]*)\]|([A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*))\s*(\.|$)/y;
  let offset = 0;
  while (offset < text.length) {
    pattern.lastIndex = offset;
    const match = pattern.exec(text);
    if (!match) return undefined;
    const quoted = match[1]?.replace(/""/g, '"') ?? match[2]?.replace(/``/g, "`") ?? match[3];
    parts.push(quoted ?? match[4]!.toLowerCase());
    offset = pattern.lastIndex;
    if (match[5] === "") break;
  }
  return parts.length > 0 ? parts : undefined;
}
