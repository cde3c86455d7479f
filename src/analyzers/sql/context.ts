/**
 * What one statement's extractor works with: names, the catalog, its position and write site, and
 * a buffer of graph writes that reaches the graph only when the whole statement was analysed (a
 * statement that fails halfway leaves no half of its lineage behind).
 */
import {
  at,
  nodeKey,
  type EdgeAttributes,
  type LineageGraph,
  type NodeAttributes,
  type Position,
  type SourceMark,
  type WriteSite,
} from "../../graph/lineage-graph.js";
import type { SchemaCatalog } from "./catalog.js";
import type { Names } from "./names.js";
import type { Ast } from "./parse.js";
import type { QueryDef, ScopeEnv } from "./scope.js";

/** A bind placeholder of embedded SQL, replaced by a marker identifier before parsing. */
export interface Bind {
  /** `"1"`, `"2"` … for `$n` and `?`; the name for `:name` / `@name`. */
  name: string;
  /** As written, for notes (`$2`, `?`, `:email`). */
  display: string;
}

/** Allocates write sites: `"<kind> <table>#<n>"` per file, or one fixed site for embedded SQL. */
export type SiteAllocator = (kind: string, table: string) => string;

/** Node position attributes (a WriteSite also carries its site id, which nodes do not take). */
function positionOnly(position: Position | undefined): Partial<NodeAttributes> {
  return position ? at(position) : {};
}

type BufferedNode =
  | { kind: "table"; table: string; attributes: Partial<NodeAttributes> }
  | { kind: "column"; table: string; column: string; attributes: Partial<NodeAttributes> }
  | { kind: "node"; attributes: NodeAttributes };

export class StatementContext implements ScopeEnv {
  readonly defs: QueryDef[] = [];
  readonly defByAst = new Map<Ast, QueryDef>();
  /** Persistent tables read and written. */
  readonly reads = new Set<string>();
  readonly writes = new Set<string>();
  /** Nodes that filter / join columns point to (the written table, or a query's result fields). */
  filterTargets: string[] = [];
  /** Result row field → node key (embedded SELECT and RETURNING). */
  readonly resultFields = new Map<string, string>();
  /** Embedded SQL: record result fields of queries (and RETURNING). */
  collectResults = false;
  /** node-sql-parser dialect name. */
  dialect = "";
  readonly onTable = (table: string): void => {
    this.reads.add(table);
  };

  private readonly nodes = new Map<string, BufferedNode>();
  private readonly edges: [string, string, EdgeAttributes][] = [];
  private readonly sources: [string, SourceMark][] = [];
  private readonly places = new Map<QueryDef, { position: Position; label: string }>();
  private readonly usedPlaces = new Set<string>();

  constructor(
    readonly names: Names,
    readonly catalog: SchemaCatalog,
    /** The statement's first token. */
    readonly position: Position,
    private readonly allocateSite: SiteAllocator,
    /** Marker identifier (lower case) → bind, for embedded SQL. */
    readonly binds: ReadonlyMap<string, Bind>,
    /** Where a CTE or derived table named `name` is defined (its n-th definition for the n-th call). */
    private readonly locate: (name: string) => Position,
  ) {}

  /** The write site of this statement writing `table`. */
  writeSite(kind: string, table: string): WriteSite {
    const { file, line, column } = this.position;
    return { file, line, column, site: this.allocateSite(kind, table) };
  }

  /** A table or view node, positioned at its definition (else at `at`, its first write). */
  tableNode(table: string, at?: Position, view = false): string {
    const position = this.catalog.position(table) ?? at;
    const attributes: Partial<NodeAttributes> = positionOnly(position);
    if (view || this.catalog.isView(table)) attributes.view = true;
    return this.buffer(nodeKey.table(table), { kind: "table", table, attributes });
  }

  /** A column node of a persistent table, positioned at its definition (else at `at`, its first write). */
  columnNode(table: string, column: string, at?: Position): string {
    this.tableNode(table, at);
    const position = this.catalog.has(table) ? this.catalog.position(table, column) : at;
    return this.buffer(nodeKey.column(table, column), { kind: "column", table, column, attributes: positionOnly(position) });
  }

  /** An intermediate node (CTE / subquery column, result field, bind). */
  exprNode(key: string, note: string, position: Position = this.position): string {
    return this.buffer(key, { kind: "node", attributes: { kind: "sql-expr", ...at(position), note } });
  }

  edge(from: string, to: string, attributes: EdgeAttributes): void {
    this.edges.push([from, to, attributes]);
  }

  /** A label entering at a node added in this statement. */
  source(key: string, mark: SourceMark): void {
    this.sources.push([key, mark]);
  }

  /** Place and unique label of a CTE's or subquery's nodes within this statement. */
  place(def: QueryDef): { position: Position; label: string } {
    let place = this.places.get(def);
    if (!place) {
      const position = this.locate(def.name);
      let label = def.name;
      for (let n = 2; this.usedPlaces.has(`${position.line}:${position.column}:${label}`); n++) label = `${def.name}#${n}`;
      this.usedPlaces.add(`${position.line}:${position.column}:${label}`);
      place = { position, label };
      this.places.set(def, place);
    }
    return place;
  }

  /** `<schema>.<table>.<column>` of each persistent column `key` is written into. */
  writtenColumnsFrom(key: string): string[] {
    const columns = new Set<string>();
    for (const [from, to, attributes] of this.edges) {
      const node = this.nodes.get(to);
      if (from === key && attributes.write && node?.kind === "column") columns.add(`${node.table}.${node.column}`);
    }
    return [...columns].sort();
  }

  /** Writes the buffered nodes, then the edges and labels, into the graph. */
  commit(graph: LineageGraph): void {
    for (const [key, node] of this.nodes) {
      if (node.kind === "table") graph.addTable(node.table, node.attributes);
      else if (node.kind === "column") graph.addColumn(node.table, node.column, node.attributes);
      else graph.addNode(key, node.attributes);
    }
    for (const [from, to, attributes] of this.edges) graph.addEdge(from, to, attributes);
    for (const [key, mark] of this.sources) graph.addSource(key, mark);
  }

  private buffer(key: string, node: BufferedNode): string {
    const existing = this.nodes.get(key);
    if (!existing) this.nodes.set(key, node);
    else existing.attributes = { ...node.attributes, ...existing.attributes } as NodeAttributes;
    return key;
  }
}
