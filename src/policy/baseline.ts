import type { Flow } from "./types.js";

/** Marks each flow `new` unless its id is in the baseline (a JSON report or baseline file). */
export function markNew(flows: Flow[], baselineIds: ReadonlySet<string>): Flow[] {
  return flows.map((flow) => ({ ...flow, new: !baselineIds.has(flow.id) }));
}

/** The flow ids a baseline document accepts; throws a readable error for a document that is not one. */
export function baselineIds(document: unknown): Set<string> {
  const flows = (document as { flows?: unknown })?.flows;
  if (!Array.isArray(flows)) throw new Error('expected a JSON report or baseline with a "flows" array');
  const ids = new Set<string>();
  for (const flow of flows) {
    const id = (flow as { id?: unknown })?.id;
    if (typeof id === "string") ids.add(id);
  }
  return ids;
}
