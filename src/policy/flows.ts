import { createHash } from "node:crypto";
import picomatch from "picomatch";
import { bidirectional } from "graphology-shortest-path/unweighted.js";
import type { LineageConfig, Zone } from "../config/types.js";
import {
  compare,
  DATA_EDGE_KINDS,
  type EdgeAttributes,
  type EdgeKind,
  IMPLICIT_EDGE_KINDS,
  type LineageGraph,
  type NodeAttributes,
  nodeKey,
  positionOf,
  type Position,
  type SinkMark,
  type SourceMark,
  type WriteSite,
} from "../graph/lineage-graph.js";
import type { Flow, FlowSink, FlowStep } from "./types.js";
import { verdictOf } from "./verdict.js";

/**
 * Finds every flow of a label into a purpose: for each labelled source asset, a breadth-first walk
 * over data edges (so the first time a sink site is met, the path is a shortest one), stopping at
 * sanitizers that remove the label. One flow per label, source asset and sink site. With
 * `implicitFlows`, a second walk goes on from there over the conditions the label decides
 * (control edges): the sink sites it reaches that the first did not are implicit flows.
 */
export function findFlows(graph: LineageGraph, config: LineageConfig): Flow[] {
  const zones = compileZones(config.zones ?? []);
  const flows: Flow[] = [];
  for (const [group, starts] of sourceGroups(graph)) {
    const { label, asset } = group;
    flows.push(...walk(graph, label, asset, starts, zones, config));
  }
  return flows.sort(compareFlows);
}

interface CompiledZone {
  zone: Zone;
  inPath: (file: string) => boolean;
  inTables: (table: string) => boolean;
}

function compileZones(zones: Zone[]): CompiledZone[] {
  return zones.map((zone) => {
    const paths = zone.paths?.length ? picomatch(zone.paths, { dot: true }) : () => false;
    const tables = zone.tables?.length ? picomatch(zone.tables.map((t) => t.toLowerCase()), { dot: true }) : () => false;
    return { zone, inPath: (file) => paths(file), inTables: (table) => tables(table.toLowerCase()) };
  });
}

/** Source nodes grouped by (label, asset), in a deterministic order. */
function sourceGroups(graph: LineageGraph): Map<SourceMark, string[]> {
  const byId = new Map<string, { mark: SourceMark; nodes: string[] }>();
  graph.graph.forEachNode((key, attributes) => {
    for (const mark of attributes.sources ?? []) {
      const id = `${mark.label}\u0000${mark.asset}`;
      const group = byId.get(id);
      if (group) group.nodes.push(key);
      else byId.set(id, { mark, nodes: [key] });
    }
  });
  const result = new Map<SourceMark, string[]>();
  for (const id of [...byId.keys()].sort(compare)) {
    const group = byId.get(id)!;
    result.set(group.mark, group.nodes.sort(compare));
  }
  return result;
}

interface Visit {
  previous?: string;
  edge?: EdgeAttributes;
}

/** Where each node was reached from (one walk's visits, or an implicit walk's on top of the explicit one's). */
type Visits = Pick<ReadonlyMap<string, Visit>, "get">;

interface SinkHit {
  purpose: string;
  kind: FlowSink["kind"];
  asset: string;
  site: string;
  position: Position;
  /** The node the path ends at, and the write that entered it (for table sinks). */
  node: string;
  write?: WriteSite;
  /** For a table write: the node the write came from and the writing edge (the path's last hop). */
  previous?: string;
  edge?: EdgeAttributes;
}

function walk(
  graph: LineageGraph,
  label: string,
  asset: string,
  starts: string[],
  zones: CompiledZone[],
  config: LineageConfig,
): Flow[] {
  const explicit = containedSearch(graph, label, starts, zones);
  const flows = [...explicit.found.values()].map((hit) => flowOf(graph, label, asset, hit, explicit.visits, config));
  if (!config.implicitFlows) return flows;
  // Implicit: on from the conditions the label decides, through what the first walk did not reach.
  const seeds = new Map<string, Visit>();
  for (const key of explicit.queue) {
    if (graph.node(key).removes?.includes(label) && explicit.visits.get(key)?.previous !== undefined) continue;
    const next: Array<[string, EdgeAttributes]> = [];
    graph.graph.forEachOutEdge(key, (_edge, edgeAttributes, _source, target) => {
      if (edgeAttributes.kind === "control" && !explicit.visits.has(target) && !seeds.has(target)) next.push([target, edgeAttributes]);
    });
    next.sort(([a], [b]) => compare(a, b));
    for (const [target, edge] of next) if (!seeds.has(target)) seeds.set(target, { previous: key, edge });
  }
  if (seeds.size === 0) return flows;
  const implicit = search(graph, label, seeds, IMPLICIT_EDGE_KINDS, zones, explicit.visits);
  const visits = { get: (key: string) => implicit.visits.get(key) ?? explicit.visits.get(key) };
  for (const [id, hit] of implicit.found) {
    // An explicit flow to the same sink site wins.
    if (!explicit.found.has(id)) flows.push(flowOf(graph, label, asset, hit, visits, config, "implicit"));
  }
  return flows;
}

/**
 * The explicit walk: first from the sources that are the labelled value itself, then from the
 * sources that only hold it in a field (a value of a type declaring the labelled property),
 * through what the first walk did not reach and never into a scalar read: a string or number read
 * from a field or parameter cannot hold the object the label is in (the labelled field itself,
 * when read, is a source of the first kind). Where that walk meets the object written out as text
 * (`JSON.stringify`), the label is in the string itself: a third walk goes on from there like the
 * first. Sinks met by an earlier walk keep its path.
 */
function containedSearch(graph: LineageGraph, label: string, starts: string[], zones: CompiledZone[]): Search {
  const whole = starts.filter((start) => !graph.node(start).container);
  const held = starts.filter((start) => graph.node(start).container);
  const first = search(graph, label, new Map(whole.map((start) => [start, {}])), DATA_EDGE_KINDS, zones);
  if (held.length === 0) return first;
  const second = search(graph, label, new Map(held.map((start) => [start, {}])), DATA_EDGE_KINDS, zones, first.visits, true);
  const visits = new Map([...first.visits, ...second.visits]);
  const texts = second.queue.filter((key) => graph.node(key).serializes);
  const third = texts.length > 0 ? search(graph, label, new Map(texts.map((key) => [key, second.visits.get(key)!])), DATA_EDGE_KINDS, zones, visits) : undefined;
  const found = new Map(first.found);
  for (const walk of [second, third]) for (const [id, hit] of walk?.found ?? []) if (!found.has(id)) found.set(id, hit);
  for (const [key, visit] of third?.visits ?? []) if (!visits.has(key)) visits.set(key, visit);
  const started = new Set(texts);
  return { visits, queue: [...first.queue, ...second.queue, ...(third?.queue.filter((key) => !started.has(key)) ?? [])], found };
}

interface Search {
  visits: Map<string, Visit>;
  /** The nodes in the order the walk reached them. */
  queue: string[];
  /** Sink hits by purpose and site, the first (shortest) of each. */
  found: Map<string, SinkHit>;
}

/** Breadth-first from `starts` over edges of `kinds`, recording the sinks met; never into a node of `skip`. */
function search(
  graph: LineageGraph,
  label: string,
  starts: Map<string, Visit>,
  kinds: ReadonlySet<EdgeKind>,
  zones: CompiledZone[],
  skip?: ReadonlyMap<string, Visit>,
  heldInFields = false,
): Search {
  const g = graph.graph;
  const visits = new Map(starts);
  const queue = [...starts.keys()];
  const found = new Map<string, SinkHit>();
  const record = (hit: SinkHit): void => {
    const id = `${hit.purpose}\u0000${hit.site}`;
    if (!found.has(id)) found.set(id, hit);
  };
  const known = (key: string): boolean => visits.has(key) || skip?.has(key) === true;

  for (let head = 0; head < queue.length; head++) {
    const key = queue[head];
    const attributes = g.getNodeAttributes(key);
    const visit = visits.get(key)!;
    for (const hit of sinksAt(graph, key, attributes, visit, zones)) record(hit);
    if (attributes.removes?.includes(label) && visit.previous !== undefined) continue;
    const next: Array<[string, EdgeAttributes]> = [];
    g.forEachOutEdge(key, (_edge, edgeAttributes, _source, target) => {
      if (!kinds.has(edgeAttributes.kind)) return;
      if (heldInFields && readsScalar(graph, target, edgeAttributes)) return;
      // Every statement that writes labelled data into a sink table is a sink site of its own.
      if (edgeAttributes.write) for (const hit of tableWrites(graph, key, target, edgeAttributes, zones)) record(hit);
      // A sink inside a wrapper (a project's own logger) reached from a caller's argument: one
      // site per calling function, or every caller of the wrapper would collapse into one flow.
      if (edgeAttributes.kind === "summary") for (const hit of wrappedSinks(graph, key, target, edgeAttributes)) record(hit);
      if (!known(target)) next.push([target, edgeAttributes]);
    });
    next.sort(([a, x], [b, y]) => compare(a, b) || compare(x.write?.site ?? "", y.write?.site ?? ""));
    for (const [target, edge] of next) {
      if (known(target)) continue;
      visits.set(target, { previous: key, edge });
      queue.push(target);
    }
  }
  return { visits, queue, found };
}

/** Whether the edge enters a scalar read: the target is one, or a call's summary starts from one in the callee. */
function readsScalar(graph: LineageGraph, target: string, edge: EdgeAttributes): boolean {
  if (graph.node(target).scalar) return true;
  return edge.via !== undefined && graph.hasNode(edge.via.from) && graph.node(edge.via.from).scalar === true;
}

function flowOf(
  graph: LineageGraph,
  label: string,
  asset: string,
  hit: SinkHit,
  visits: Visits,
  config: LineageConfig,
  kind?: Flow["kind"],
): Flow {
  const nodes = hit.previous !== undefined ? [...pathTo(visits, hit.previous), hit.node] : pathTo(visits, hit.node);
  const sourceNode = graph.node(nodes[0]);
  const sourcePosition = positionOf(sourceNode) ?? hit.position;
  const mark = (sourceNode.sources ?? []).find((s) => s.label === label && s.asset === asset)!;
  return {
    id: flowId(label, asset, hit, kind),
    label,
    ...(kind ? { kind } : {}),
    verdict: verdictOf(label, hit.purpose, config),
    source: { ...sourcePosition, kind: mark.kind, asset },
    sink: { ...hit.position, kind: hit.kind, asset: hit.asset, purpose: hit.purpose },
    path: stepsOf(graph, nodes, visits, hit),
  };
}

/** The sinks a label meets at a node: call and job marks, table writes, zone entries. */
function sinksAt(
  graph: LineageGraph,
  key: string,
  attributes: NodeAttributes,
  visit: Visit,
  zones: CompiledZone[],
): SinkHit[] {
  const hits: SinkHit[] = [];
  const position = positionOf(attributes);
  for (const mark of attributes.sinks ?? []) {
    if (mark.kind === "table") continue; // table marks are read through the written column below
    if (mark.kind === "call" && visit.edge?.kind === "summary") continue; // recorded per caller (wrappedSinks)
    if (position) hits.push({ ...markHit(mark), position, node: key });
  }
  if (attributes.file && position && zones.length > 0) {
    const previous = visit.previous !== undefined ? graph.node(visit.previous) : undefined;
    for (const { zone, inPath } of zones) {
      if (!inPath(attributes.file)) continue;
      // Only the first node inside the zone is its sink: data already inside does not enter again.
      if (previous?.file && inPath(previous.file)) continue;
      // Reached through a call's summary from a callee input inside the zone: the data entered
      // the zone at that input (the call's own zone entry), not again here.
      const input = visit.edge?.kind === "summary" && visit.edge.via && graph.hasNode(visit.edge.via.from) ? graph.node(visit.edge.via.from) : undefined;
      if (input?.file && inPath(input.file)) continue;
      hits.push({
        purpose: zone.purpose,
        kind: "zone",
        asset: attributes.scope ?? attributes.file,
        // One zone site per function entered (or per file, for module code).
        site: `zone:${zone.purpose}:${attributes.scope ?? attributes.file}`,
        position,
        node: key,
      });
    }
  }
  return hits;
}

/** Call sinks inside a callee, entered through a call site's summary edge: sited per calling function. */
function wrappedSinks(graph: LineageGraph, from: string, to: string, edge: EdgeAttributes): SinkHit[] {
  const attributes = graph.node(to);
  const position = positionOf(attributes);
  if (!position || !attributes.sinks?.length) return [];
  // The function whose summary this edge instantiates: the sink's own function when the caller
  // calls it directly (then the caller is the site), else a function between them — the edge
  // comes from a caller further up, and all such callers share that function's site.
  const entered = edge.via && graph.hasNode(edge.via.from) ? graph.node(edge.via.from).scope : undefined;
  const caller = graph.node(from);
  const entry = entered && entered !== attributes.scope ? entered : (caller.scope ?? caller.file ?? "");
  return attributes.sinks
    .filter((mark) => mark.kind === "call")
    .map((mark) => ({ ...markHit(mark), site: `${mark.site} <- ${entry}`, position, node: to, previous: from, edge }));
}

/** A write into a column (or table) of a sink table or zone table: the writing statement is the sink. */
function tableWrites(graph: LineageGraph, from: string, to: string, edge: EdgeAttributes, zones: CompiledZone[]): SinkHit[] {
  const attributes = graph.node(to);
  const write = edge.write!;
  if ((attributes.kind !== "column" && attributes.kind !== "table") || !attributes.table) return [];
  const hits: SinkHit[] = [];
  const tableKey = nodeKey.table(attributes.table);
  const base = { position: write, node: to, write, previous: from, edge };
  for (const mark of graph.hasNode(tableKey) ? (graph.node(tableKey).sinks ?? []) : []) {
    if (mark.kind === "table") hits.push({ ...base, purpose: mark.purpose, kind: "table", asset: mark.asset, site: write.site });
  }
  for (const { zone, inTables } of zones) {
    if (inTables(attributes.table)) hits.push({ ...base, purpose: zone.purpose, kind: "zone", asset: attributes.table, site: `zone:${write.site}` });
  }
  return hits;
}

function markHit(mark: SinkMark): Omit<SinkHit, "position" | "node"> {
  return { purpose: mark.purpose, kind: mark.kind, asset: mark.asset, site: mark.site };
}

function pathTo(visits: Visits, end: string): string[] {
  const nodes: string[] = [];
  for (let current: string | undefined = end; current !== undefined; current = visits.get(current)?.previous) nodes.unshift(current);
  return nodes;
}

/** A reviewer's path: each node with a position, summary edges expanded into the callee's steps. */
function stepsOf(graph: LineageGraph, nodes: string[], visits: Visits, hit: SinkHit): FlowStep[] {
  const steps: FlowStep[] = [];
  const push = (position: Position | undefined, note: string | undefined): void => {
    if (!position) return;
    const step = { file: position.file, line: position.line, column: position.column, note: note ?? "" };
    const last = steps[steps.length - 1];
    if (last && last.file === step.file && last.line === step.line && last.column === step.column && last.note === step.note) return;
    steps.push(step);
  };
  nodes.forEach((key, index) => {
    const attributes = graph.node(key);
    const edge = index === 0 ? undefined : index === nodes.length - 1 && hit.edge ? hit.edge : visits.get(key)?.edge;
    if (edge?.kind === "summary" && edge.via) {
      for (const inner of innerSteps(graph, edge.via.from, edge.via.to)) push(positionOf(graph.node(inner)), graph.node(inner).note);
    }
    if (edge?.write) push(edge.write, edge.note ?? `written to ${describeNode(attributes)}`);
    push(positionOf(attributes), attributes.note ?? describeNode(attributes));
  });
  return steps;
}

/** How many summaries deep a path is expanded into the callees it goes through. */
const MAX_EXPANSION_DEPTH = 8;

/**
 * The steps inside a callee between its input and the node a summary edge stands for, with the
 * summary edges on that inner path expanded in turn (a wrapper that calls a wrapper).
 */
function innerSteps(graph: LineageGraph, from: string, to: string, depth = 0, expanding = new Set<string>()): string[] {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return [];
  const path = from === to ? [from] : bidirectional(graph.graph, from, to);
  if (!path || path.length > 24) return [from, to].filter((k, i, all) => all.indexOf(k) === i);
  if (depth >= MAX_EXPANSION_DEPTH) return path;
  // A summary met again inside its own expansion (recursion, a heap read back) is shown once.
  const id = `${from}>${to}`;
  if (expanding.has(id)) return path;
  expanding.add(id);
  const expanded = [path[0]];
  for (let i = 1; i < path.length; i++) {
    const via = summaryVia(graph, path[i - 1], path[i]);
    if (via && via.from !== path[i - 1]) expanded.push(...innerSteps(graph, via.from, via.to, depth + 1, expanding));
    expanded.push(path[i]);
  }
  expanding.delete(id);
  return expanded;
}

/** The callee input and target a summary edge between two nodes stands for (the first, by key). */
function summaryVia(graph: LineageGraph, from: string, to: string): EdgeAttributes["via"] {
  let found: EdgeAttributes["via"];
  graph.graph.forEachOutEdge(from, (_edge, attributes, _source, target) => {
    if (target !== to || attributes.kind !== "summary" || !attributes.via) return;
    if (!found || compare(`${attributes.via.from}>${attributes.via.to}`, `${found.from}>${found.to}`) < 0) found = attributes.via;
  });
  return found;
}

function describeNode(attributes: NodeAttributes): string {
  if (attributes.kind === "column") return `column ${attributes.table}.${attributes.column}`;
  if (attributes.kind === "table") return `table ${attributes.table}`;
  if (attributes.kind === "job") return `job ${attributes.name}`;
  return attributes.kind;
}

/** Stable flow id; an implicit flow's differs from an explicit one's of the same label, source and sink. */
function flowId(label: string, asset: string, hit: SinkHit, kind?: Flow["kind"]): string {
  const parts = [label, asset, hit.asset, hit.purpose, hit.site, ...(kind ? [kind] : [])];
  const hash = createHash("sha256").update(parts.join("\u0000")).digest("hex");
  return `f-${hash.slice(0, 16)}`;
}

export function compareFlows(a: Flow, b: Flow): number {
  return (
    (a.verdict === b.verdict ? 0 : a.verdict === "violation" ? -1 : 1) ||
    compare(a.sink.file, b.sink.file) ||
    a.sink.line - b.sink.line ||
    a.sink.column - b.sink.column ||
    compare(a.label, b.label) ||
    compare(a.source.asset, b.source.asset) ||
    compare(a.id, b.id)
  );
}
