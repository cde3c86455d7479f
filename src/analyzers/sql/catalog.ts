/**
 * The schema catalog: the columns of every table and view the repository defines (CREATE TABLE,
 * CREATE VIEW, CREATE TABLE … AS SELECT), across all files and independent of their order. A view
 * or CTAS over another table's `*` is resolved on first use, so definitions may come in any order.
 */
import type { Position } from "../../graph/lineage-graph.js";
import { recoveredTableDefinition, tableDefinition } from "./create-table.js";
import { viewDefinition } from "./create-view.js";
import { renameDefinition } from "./rename.js";
import { selectIntoTarget } from "./select.js";
import { Names } from "./names.js";
import { parseSqlFile, parserDialect, type Ast, type ParsedFile } from "./parse.js";
import { buildQuery, type QueryDef } from "./scope.js";

export interface SqlFile {
  /** Relative to the scan root, `/` separators. */
  path: string;
  text: string;
}

export interface SqlOptions {
  /** node-sql-parser's dialect name: postgresql, mysql, bigquery, snowflake, hive, redshift, transactsql … */
  dialect: string;
  defaultSchema: string;
}

export interface TableInfo {
  /** `<schema>.<table>`. */
  table: string;
  /** Column names in definition order; undefined when a `*` over an unknown table hides some. */
  columns: string[] | undefined;
  view: boolean;
  temporary: boolean;
  /** Where it is first defined. */
  position: Position;
  /** Where each column is defined (the column's line in CREATE TABLE, else the statement). */
  columnPositions: ReadonlyMap<string, Position>;
}

/** What a CREATE statement declares, before a query's output columns are resolved. */
export interface TableDefinition {
  table: string;
  view: boolean;
  temporary: boolean;
  /** Declared columns (CREATE TABLE (…), or a view's / CTAS's explicit column list). */
  columns?: string[];
  /** The defining query of a view or CTAS. */
  query?: Ast;
}

interface Entry {
  table: string;
  view: boolean;
  temporary: boolean;
  position: Position;
  columnPositions: Map<string, Position>;
  definitions: { definition: TableDefinition; names: Names }[];
  resolved?: string[] | undefined;
  state: "pending" | "resolving" | "resolved";
}

export class SchemaCatalog {
  private readonly entries = new Map<string, Entry>();
  /** Files as parsed while building the catalog, by path, so analysis does not parse them again. */
  readonly parsedFiles = new Map<string, ParsedFile>();

  /** Records a definition; the first one (in file order) gives the table's position. */
  define(definition: TableDefinition, names: Names, position: Position, columnPositions: ReadonlyMap<string, Position>): void {
    let entry = this.entries.get(definition.table);
    if (!entry) {
      entry = {
        table: definition.table,
        view: definition.view,
        temporary: definition.temporary,
        position,
        columnPositions: new Map(),
        definitions: [],
        state: "pending",
      };
      this.entries.set(definition.table, entry);
    }
    for (const [column, at] of columnPositions) if (!entry.columnPositions.has(column)) entry.columnPositions.set(column, at);
    entry.definitions.push({ definition, names });
    entry.state = "pending";
  }

  has(table: string): boolean {
    return this.entries.has(table);
  }

  tables(): string[] {
    return [...this.entries.keys()].sort();
  }

  get(table: string): TableInfo | undefined {
    const entry = this.entries.get(table);
    if (!entry) return undefined;
    const columns = this.resolve(entry);
    const columnPositions = new Map(entry.columnPositions);
    for (const column of columns ?? []) if (!columnPositions.has(column)) columnPositions.set(column, entry.position);
    return { table, columns, view: entry.view, temporary: entry.temporary, position: entry.position, columnPositions };
  }

  /** Where a table (or one of its columns) is first defined. */
  position(table: string, column?: string): Position | undefined {
    const entry = this.entries.get(table);
    if (!entry) return undefined;
    return (column === undefined ? undefined : entry.columnPositions.get(column)) ?? entry.position;
  }

  isView(table: string): boolean {
    return this.entries.get(table)?.view === true;
  }

  isTemporary(table: string): boolean {
    return this.entries.get(table)?.temporary === true;
  }

  /** The table's columns in order, or undefined when the catalog does not know them all. */
  columns(table: string): string[] | undefined {
    const entry = this.entries.get(table);
    return entry ? this.resolve(entry) : undefined;
  }

  private resolve(entry: Entry): string[] | undefined {
    if (entry.state === "resolved") return entry.resolved;
    if (entry.state === "resolving") return undefined; // a cycle of views: give up on this one
    entry.state = "resolving";
    entry.resolved = undefined;
    try {
      const columns: string[] = [];
      let complete = true;
      for (const { definition, names } of entry.definitions) {
        let declared = definition.columns ?? [];
        if (definition.query) {
          const def: QueryDef = buildQuery({ names, catalog: this, defs: [], defByAst: new Map() }, definition.query, undefined, new Map(), definition.table, "query", definition.columns);
          declared = def.names;
          if (def.opaque && !(definition.columns && definition.columns.length >= def.names.length)) complete = false;
        }
        for (const column of declared) if (!columns.includes(column)) columns.push(column);
      }
      entry.resolved = complete ? columns : undefined;
    } finally {
      // A query too deep to walk leaves the table's columns unknown, not the catalog broken.
      entry.state = "resolved";
    }
    return entry.resolved;
  }
}

function selectIntoDefinition(ast: Ast, names: Names): { definition: TableDefinition } | undefined {
  const table = selectIntoTarget(ast, names);
  return table === undefined ? undefined : { definition: { table, view: false, temporary: table.includes("#") || ast.into?.expr?.temporary === true, query: ast } };
}

/** Every CREATE TABLE / VIEW / CTAS column list across `files`, independent of their order. */
export function buildSchemaCatalog(files: SqlFile[], options: SqlOptions): SchemaCatalog {
  const catalog = new SchemaCatalog();
  const dialect = parserDialect(options.dialect);
  if (dialect === undefined) return catalog;
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    let parsed: ParsedFile;
    try {
      parsed = parseSqlFile(file.text, dialect);
    } catch {
      continue; // analyzeSqlFiles reports it
    }
    catalog.parsedFiles.set(file.path, parsed);
    for (const statement of parsed.statements) {
      if (!statement.result) continue;
      const names = Names.forStatement(statement.defaultSchema ?? options.defaultSchema, statement.statement.tokens);
      const position = { file: file.path, line: statement.line, column: statement.column };
      if ("error" in statement.result) {
        const recovered = recoveredTableDefinition(parsed, statement, names, file.path);
        if (recovered) catalog.define(recovered.definition, names, position, recovered.columnPositions);
        continue;
      }
      for (const ast of statement.result.asts) {
        try {
          const found: { definition: TableDefinition; columnPositions?: Map<string, Position> } | undefined =
            tableDefinition(ast, names, statement.statement, parsed, file.path) ?? viewDefinition(ast, names) ?? renameDefinition(ast, names) ?? selectIntoDefinition(ast, names);
          if (found) catalog.define(found.definition, names, position, found.columnPositions ?? new Map());
        } catch {
          // A statement the extractors cannot read is reported by analyzeSqlFiles.
        }
      }
    }
  }
  return catalog;
}
