/**
 * The graph's SQL lineage seen asset to asset: which persistent columns (or whole tables) feed
 * which, with intermediate CTE / subquery / expression nodes walked through. The shape users and
 * lineage tools compare (`crm.customers.email -> mart.stats.email`); the spec suite and the
 * sqlglot comparison read it.
 */
import type { LineageGraph } from "../../graph/lineage-graph.js";

export interface ColumnLineage {
  /** `source -> target` over data edges; a side is `<schema>.<table>.<column>` or, table-level, `<schema>.<table>`. */
  data: string[];
  /** Columns used only to filter (WHERE, GROUP BY, HAVING, QUALIFY) the rows written into a table: `column -> table`. */
  filter: string[];
  /** Columns used to join the rows written into a table: `column -> table`. */
  join: string[];
}

export function columnLineage(graph: LineageGraph): ColumnLineage {
  const g = graph.graph;
  const asset = (key: string): string | undefined => {
    const node = g.getNodeAttributes(key);
    if (node.kind === "column") return `${node.table}.${node.column}`;
    if (node.kind === "table") return node.table;
    return undefined;
  };
  const upstreamCache = new Map<string, Set<string>>();
  /** Assets whose data reaches `key`, walking back through intermediate nodes only. */
  const upstream = (key: string): Set<string> => {
    const cached = upstreamCache.get(key);
    if (cached) return cached;
    const found = new Set<string>();
    const seen = new Set<string>([key]);
    const stack = [key];
    while (stack.length > 0) {
      const node = stack.pop()!;
      for (const edge of g.inEdges(node)) {
        if (g.getEdgeAttributes(edge).kind !== "data") continue;
        const source = g.source(edge);
        if (seen.has(source)) continue;
        seen.add(source);
        const name = asset(source);
        if (name !== undefined) found.add(name);
        else stack.push(source);
      }
    }
    upstreamCache.set(key, found);
    return found;
  };
  const data = new Set<string>();
  const filter = new Set<string>();
  const join = new Set<string>();
  g.forEachNode((key) => {
    const target = asset(key);
    if (target === undefined) return;
    for (const source of upstream(key)) if (source !== target) data.add(`${source} -> ${target}`);
  });
  g.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.kind !== "filter" && attributes.kind !== "join") return;
    const to = asset(target);
    if (to === undefined) return;
    const from = asset(source);
    const into = attributes.kind === "filter" ? filter : join;
    for (const name of from !== undefined ? [from] : upstream(source)) into.add(`${name} -> ${to}`);
  });
  const sorted = (set: Set<string>) => [...set].sort();
  return { data: sorted(data), filter: sorted(filter), join: sorted(join) };
}
