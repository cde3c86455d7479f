import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";

/**
 * The one lineage graph every analyzer writes into. Nodes are places data can be (a TypeScript
 * value at a point in code, a SQL column, a table, a job); edges point the way data moves.
 * Analyzers only add nodes and edges; the policy step reads them to find flows.
 */

export type NodeKind =
  | "ts-value" // a TypeScript value at a point in code (variable, read, argument, object field …)
  | "ts-param" // a function's parameter as seen inside its body
  | "ts-return" // a function's return value
  | "ts-call" // the result of a call at one call site
  | "ts-heap" // a class field or module variable, keyed by its declared symbol
  | "ts-sink" // an argument position at a sink call
  | "sql-expr" // an intermediate SQL expression (CTE / subquery column, select item)
  | "column" // a column of a persistent table or view
  | "table" // a persistent table or view
  | "job"; // a config job that reads tables for a purpose

export type EdgeKind =
  | "data" // the value moves (assignment, argument, select item, insert)
  | "summary" // a call site instantiates a callee summary: argument → result / inner sink
  | "filter" // SQL: used in WHERE / HAVING / QUALIFY / GROUP BY: not a value flow
  | "join" // SQL: used in JOIN ON / USING: not a value flow
  | "read" // a job reads a table
  | "control"; // TypeScript, with `implicitFlows`: the value decides a condition (an implicit flow from there on)

/** Edge kinds along which a label travels. */
export const DATA_EDGE_KINDS: ReadonlySet<EdgeKind> = new Set<EdgeKind>(["data", "summary", "read"]);

/** Edge kinds along which a label travels as an implicit flow: data edges and the conditions it decides. */
export const IMPLICIT_EDGE_KINDS: ReadonlySet<EdgeKind> = new Set<EdgeKind>([...DATA_EDGE_KINDS, "control"]);

export interface Position {
  /** Path relative to the scan root, `/`-separated. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

/** A label entering the graph at a node. */
export interface SourceMark {
  label: string;
  /** How the source was declared: a call's return, a typed property read, a SQL column, a parameter, an annotation. */
  kind: "call" | "property" | "column" | "param" | "annotation";
  /** What the label is attached to, e.g. `DatingProfile.religion`, `getReligion`, `dating.profiles.religion`. */
  asset: string;
}

/** Data reaching this node is used for a purpose. */
export interface SinkMark {
  purpose: string;
  kind: "call" | "table" | "zone" | "job";
  /** `AdsClient.track`, `ads.audience_segments`, a job's name. */
  asset: string;
  /**
   * The sink site's place in code, stable across added lines and moved files: the qualified name
   * of the enclosing function or statement and the order of this site within it.
   */
  site: string;
  /** Where the catalog or config rule came from, for the report (`catalog:pino`, `config`, `@sink`). */
  rule?: string;
}

/** Where a SQL or TypeScript statement writes a table; the sink site of a table flow. */
export interface WriteSite extends Position {
  /** Stable site id: qualified statement name and its order, as for SinkMark.site. */
  site: string;
}

export interface NodeAttributes {
  kind: NodeKind;
  /** Where the node stands in code, relative to the scan root (intermediate and TypeScript nodes). */
  file?: string;
  line?: number;
  /**
   * The 1-based UTF-16 column of the position. Named `col` because `column` is a column node's
   * column name in the contract's graph export.
   */
  col?: number;
  /** Human-readable description of this step, used in a flow's path. */
  note?: string;
  /** For `column` and `table` nodes: `<schema>.<table>`. */
  table?: string;
  /** For `column` nodes. */
  column?: string;
  /** For `job` nodes: the job's name. */
  name?: string;
  /** Whether a `table` node is a view. */
  view?: boolean;
  /** Labels that originate here. */
  sources?: SourceMark[];
  /**
   * The labels that originate here are in fields of the value, not the value itself (a value of a
   * type that declares labelled properties): they can only be in what can hold an object.
   */
  container?: boolean;
  /**
   * A read of a field or parameter declared as a scalar (`string`, `number`, a literal union): it
   * cannot hold an object, so a label that is only in fields of a value does not pass through it.
   */
  scalar?: boolean;
  /** The value is written out as text here (`JSON.stringify`): what its fields held is in the string itself. */
  serializes?: boolean;
  /** Purposes this node is a sink of. */
  sinks?: SinkMark[];
  /** Labels a sanitizer removes from the value at this node: they do not travel on from it. */
  removes?: string[];
  /** The qualified name of the enclosing function or statement (for zone sites and ids). */
  scope?: string;
}

export interface EdgeAttributes {
  kind: EdgeKind;
  /** Why the data moves, shown in paths when the target node has no note of its own. */
  note?: string;
  /** For writes into a table column: the statement that writes it (sink position for table flows). */
  write?: WriteSite;
  /**
   * For `summary` edges: the callee's parameter node and the inner node the data reaches, so a
   * flow's path can show the steps inside the callee.
   */
  via?: { from: string; to: string };
}

export type SerializedLineageGraph = SerializedGraph<NodeAttributes, EdgeAttributes>;

/** Stable node keys: from asset names or file + position, never from insertion order. */
export const nodeKey = {
  column: (table: string, column: string) => `column:${table}.${column}`,
  table: (table: string) => `table:${table}`,
  job: (name: string) => `job:${name}`,
  at: (kind: string, pos: Position, detail = "") =>
    `${kind}:${pos.file}:${pos.line}:${pos.column}${detail ? `:${detail}` : ""}`,
};

/**
 * The graph both analyzers write into. While they write, nodes and edges are kept in compact
 * arrays (numbers for nodes, one map entry per pair of nodes): a large codebase has hundreds of
 * thousands of edges, and graphology's per-edge records and per-node adjacency took twice the
 * memory of these arrays while the TypeScript program was still needed. `graph` hands out the
 * graphology graph, built from them on first use (after the analyzers) and brought up to date
 * with each later addition.
 */
export class LineageGraph {
  private readonly nodeIds = new Map<string, number>();
  private readonly nodeKeys: string[] = [];
  private readonly nodeAttributes: NodeAttributes[] = [];
  private readonly edgeFrom: number[] = [];
  private readonly edgeTo: number[] = [];
  private readonly edgeAttributes: EdgeAttributes[] = [];
  /** Pair of nodes (see pairOf) → its edge's index, or its edges' indexes when there are several. */
  private readonly edgesByPair = new Map<number, number | number[]>();
  /**
   * A number per summary (`via`) pair of nodes, so an edge's identity is a number when it can be:
   * analyzers ask for the same edge millions of times on a large codebase, and comparing numbers
   * needs no key string per ask.
   */
  private readonly viaIds = new Map<string, Map<string, number>>();
  private viaCount = 0;
  private readonly sharedAttributes = new Map<number, EdgeAttributes>();

  private view?: MultiDirectedGraph<NodeAttributes, EdgeAttributes>;
  /** How many nodes and edges the view holds; nodes and edges changed since it was brought up to date. */
  private viewNodes = 0;
  private viewEdges = 0;
  private readonly changedNodes = new Set<number>();
  private readonly changedEdges = new Set<number>();

  /** The graphology graph of everything added so far (edge keys are their order of addition). */
  get graph(): MultiDirectedGraph<NodeAttributes, EdgeAttributes> {
    // Multi: two statements writing the same column from the same column are two write sites.
    const view = (this.view ??= new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false }));
    for (; this.viewNodes < this.nodeKeys.length; this.viewNodes++) view.addNode(this.nodeKeys[this.viewNodes], this.nodeAttributes[this.viewNodes]);
    for (const id of this.changedNodes) if (id < this.viewNodes) view.replaceNodeAttributes(this.nodeKeys[id], this.nodeAttributes[id]);
    this.changedNodes.clear();
    for (; this.viewEdges < this.edgeFrom.length; this.viewEdges++) {
      const index = this.viewEdges;
      view.addDirectedEdgeWithKey(String(index), this.nodeKeys[this.edgeFrom[index]], this.nodeKeys[this.edgeTo[index]], this.edgeAttributes[index]);
    }
    for (const index of this.changedEdges) if (index < this.viewEdges) view.replaceEdgeAttributes(String(index), this.edgeAttributes[index]);
    this.changedEdges.clear();
    return view;
  }

  hasNode(key: string): boolean {
    return this.nodeIds.has(key);
  }

  node(key: string): NodeAttributes {
    const id = this.nodeIds.get(key);
    if (id === undefined) throw new Error(`no node "${key}" in the lineage graph`);
    return this.nodeAttributes[id];
  }

  /** Adds a node, or merges attributes into an existing one (marks are unioned). */
  addNode(key: string, attributes: NodeAttributes): string {
    const id = this.nodeIds.get(key);
    if (id === undefined) {
      this.nodeIds.set(key, this.nodeKeys.length);
      this.nodeKeys.push(key);
      this.nodeAttributes.push({ ...attributes });
      return key;
    }
    const existing = this.nodeAttributes[id];
    const merged: NodeAttributes = { ...attributes, ...existing };
    if (attributes.sources) merged.sources = unionBy(existing.sources, attributes.sources, sourceId);
    if (attributes.sinks) merged.sinks = unionBy(existing.sinks, attributes.sinks, sinkId);
    if (attributes.removes) merged.removes = [...new Set([...(existing.removes ?? []), ...attributes.removes])].sort();
    this.nodeAttributes[id] = merged;
    if (this.view) this.changedNodes.add(id);
    return key;
  }

  addSource(key: string, mark: SourceMark): void {
    const id = sourceId(mark);
    if (this.node(key).sources?.some((known) => sourceId(known) === id)) return;
    this.addNode(key, { ...this.node(key), sources: [mark] });
  }

  addSink(key: string, mark: SinkMark): void {
    const id = sinkId(mark);
    if (this.node(key).sinks?.some((known) => sinkId(known) === id)) return;
    this.addNode(key, { ...this.node(key), sinks: [mark] });
  }

  /** A table node, keyed `table:<schema>.<table>`. */
  addTable(table: string, attributes: Partial<NodeAttributes> = {}): string {
    return this.addNode(nodeKey.table(table), { ...attributes, kind: "table", table });
  }

  /** A column node of a persistent table or view; also ensures its table node. */
  addColumn(table: string, column: string, attributes: Partial<NodeAttributes> = {}): string {
    this.addTable(table);
    return this.addNode(nodeKey.column(table, column), { ...attributes, kind: "column", table, column });
  }

  /**
   * Adds an edge unless an equivalent one (same kind, same write site, same summary) already joins
   * the two nodes. A data edge replaces a non-data one between the same nodes (data is what the
   * policy follows); edges that differ in their write site are kept side by side.
   */
  addEdge(from: string, to: string, attributes: EdgeAttributes): void {
    if (from === to) return;
    const source = this.nodeIds.get(from);
    const target = this.nodeIds.get(to);
    if (source === undefined || target === undefined) throw new Error(`no node "${source === undefined ? from : to}" for an edge in the lineage graph`);
    const identity = this.identityOf(attributes);
    const pair = pairOf(source, target);
    const known = this.edgesByPair.get(pair);
    if (known !== undefined) {
      if (typeof known === "number") {
        if (this.settledBy(known, attributes, identity)) return;
      } else {
        // Newest first, as graphology walks the edges between two nodes.
        for (let i = known.length - 1; i >= 0; i--) if (this.settledBy(known[i], attributes, identity)) return;
      }
    }
    const index = this.edgeFrom.length;
    this.edgeFrom.push(source);
    this.edgeTo.push(target);
    this.edgeAttributes.push(this.shared(attributes, identity));
    this.edgesByPair.set(pair, known === undefined ? index : typeof known === "number" ? [known, index] : [...known, index]);
  }

  /**
   * One attributes object for all plain edges of a kind, and for all summary edges of one path
   * through a callee: they are most of a large graph's edges, and read only.
   */
  private shared(attributes: EdgeAttributes, identity: number | string): EdgeAttributes {
    // A number identity is a data-kind edge with no write (see identityOf).
    if (typeof identity !== "number" || attributes.note !== undefined) return attributes;
    const key = identity * SHAREABLE_KINDS.length + SHAREABLE_KINDS.indexOf(attributes.kind);
    let shared = this.sharedAttributes.get(key);
    if (!shared) this.sharedAttributes.set(key, (shared = attributes));
    return shared;
  }

  /** Whether the edge at `index` makes a new one between the same nodes unneeded (replacing it if need be). */
  private settledBy(index: number, attributes: EdgeAttributes, identity: number | string): boolean {
    const current = this.edgeAttributes[index];
    if (this.identityOf(current) === identity) return true;
    const data = DATA_EDGE_KINDS.has(attributes.kind);
    const currentData = DATA_EDGE_KINDS.has(current.kind);
    if (!currentData && data && !attributes.write) {
      this.edgeAttributes[index] = this.shared(attributes, identity);
      if (this.view) this.changedEdges.add(index);
      return true;
    }
    return currentData && !data;
  }

  /** What makes two edges between the same nodes the same edge: a number for a plain data edge. */
  private identityOf(attributes: EdgeAttributes): number | string {
    let via = 0;
    if (attributes.via) {
      let byTarget = this.viaIds.get(attributes.via.from);
      if (!byTarget) this.viaIds.set(attributes.via.from, (byTarget = new Map()));
      via = byTarget.get(attributes.via.to) ?? 0;
      if (via === 0) byTarget.set(attributes.via.to, (via = ++this.viaCount));
    }
    if (DATA_EDGE_KINDS.has(attributes.kind) && !attributes.write) return via;
    return `${edgeClass(attributes)}|${via}`;
  }

  /** Copies another graph's nodes and edges into this one (used by `merge` and by analyzers working in parallel). */
  absorb(other: SerializedLineageGraph): void {
    for (const { key, attributes } of other.nodes) this.addNode(key, attributes as NodeAttributes);
    for (const { source, target, attributes } of other.edges) this.addEdge(source, target, attributes as EdgeAttributes);
  }

  /** graphology's own serialization, nodes and edges sorted by key so exports are deterministic. */
  export(): SerializedLineageGraph {
    const exported = this.graph.export();
    const nodes = [...exported.nodes].sort((a, b) => compare(a.key, b.key));
    const edges = [...exported.edges]
      .map(({ source, target, attributes }) => ({ source, target, attributes }))
      .sort((a, b) => compare(a.source, b.source) || compare(a.target, b.target) || compare(edgeIdentity(a.attributes as EdgeAttributes), edgeIdentity(b.attributes as EdgeAttributes)));
    return { attributes: {}, options: exported.options, nodes, edges } as SerializedLineageGraph;
  }

  static import(serialized: SerializedLineageGraph): LineageGraph {
    const result = new LineageGraph();
    result.absorb(serialized);
    return result;
  }
}

/** Edge kinds whose plain edges share one attributes object (see LineageGraph.shared). */
const SHAREABLE_KINDS: readonly EdgeKind[] = [...DATA_EDGE_KINDS];

/** One number for an ordered pair of node numbers (exact below 2^26 nodes). */
function pairOf(source: number, target: number): number {
  return source * 0x4000000 + target;
}

/**
 * What makes two edges between the same nodes the same edge, spelled out (the export sorts by it;
 * addEdge compares the same thing with the summary path as a number).
 */
function edgeIdentity(attributes: EdgeAttributes): string {
  const via = attributes.via ? `${attributes.via.from}>${attributes.via.to}` : "";
  return `${edgeClass(attributes)}|${via}`;
}

/** An edge's kind as identity sees it (data and summary alike) and the write it makes, if any. */
function edgeClass(attributes: EdgeAttributes): string {
  return `${DATA_EDGE_KINDS.has(attributes.kind) ? "data" : attributes.kind}|${attributes.write?.site ?? ""}`;
}

function sourceId(mark: SourceMark): string {
  return `${mark.label}\u0000${mark.kind}\u0000${mark.asset}`;
}

function sinkId(mark: SinkMark): string {
  return `${mark.purpose}\u0000${mark.kind}\u0000${mark.asset}\u0000${mark.site}`;
}

function unionBy<T>(a: T[] | undefined, b: T[], id: (item: T) => string): T[] {
  const byId = new Map<string, T>();
  for (const item of [...(a ?? []), ...b]) if (!byId.has(id(item))) byId.set(id(item), item);
  return [...byId.entries()].sort(([x], [y]) => compare(x, y)).map(([, item]) => item);
}

/** The position of a node, when it has one. */
export function positionOf(attributes: NodeAttributes): Position | undefined {
  if (attributes.file === undefined || attributes.line === undefined) return undefined;
  return { file: attributes.file, line: attributes.line, column: attributes.col ?? 1 };
}

/** Node attributes for a position (`column` becomes `col`). */
export function at(position: Position): Pick<NodeAttributes, "file" | "line" | "col"> {
  return { file: position.file, line: position.line, col: position.column };
}

/** Code-unit comparison: locale-independent, so output does not vary between machines. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
