import { createHash } from "node:crypto";
import { DATA_EDGE_KINDS, compare, type EdgeKind, type NodeAttributes, type SerializedLineageGraph } from "../graph/lineage-graph.js";
import { columnName } from "./graph-view.js";

export interface OpenLineageOptions {
  /** Namespace of the jobs and datasets, e.g. `postgres://db.example.com:5432/app`. */
  namespace: string;
  /** eventTime of every event; defaults to the epoch so output stays byte-identical. */
  timestamp?: string;
  /** URI of the producer; defaults to the npm package. */
  producer?: string;
}

const RUN_EVENT_SCHEMA_URL = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent";
const COLUMN_LINEAGE_SCHEMA_URL = "https://openlineage.io/spec/facets/1-2-0/ColumnLineageDatasetFacet.json#/$defs/ColumnLineageDatasetFacet";
const DEFAULT_PRODUCER = "https://www.npmjs.com/package/privacy-lineage";
const EPOCH = "1970-01-01T00:00:00Z";

interface Transformation {
  type: "DIRECT" | "INDIRECT";
  subtype: string;
  masking: boolean;
}

interface InputField {
  table: string;
  field: string;
  transformations: Map<string, Transformation>;
}

interface Writer {
  site: string;
  /** output table → output column → input fields by `table\0field`. */
  outputs: Map<string, Map<string, Map<string, InputField>>>;
  /** output table → inputs that affect the table's rows as a whole (a write edge into the table node). */
  datasetInputs: Map<string, Map<string, InputField>>;
  inputTables: Set<string>;
}

/**
 * OpenLineage JSON lines: one COMPLETE RunEvent per writer (a statement that writes a table, found
 * by the `write` site on the edges into column nodes), with its input and output datasets and the
 * columnLineage facet on each output. Deterministic: events in site order, a run id derived from
 * the namespace and site, eventTime from opts.timestamp or the epoch.
 */
export function renderOpenLineage(graph: SerializedLineageGraph, opts: OpenLineageOptions): string {
  const producer = opts.producer ?? DEFAULT_PRODUCER;
  const writers = collectWriters(graph);
  const events = [...writers.values()]
    .sort((a, b) => compare(a.site, b.site))
    .map((writer) => {
      const dataset = (name: string) => ({ namespace: opts.namespace, name });
      const outputs = [...new Set([...writer.outputs.keys(), ...writer.datasetInputs.keys()])].sort(compare).map((table) => {
        const columns = writer.outputs.get(table) ?? new Map<string, Map<string, InputField>>();
        const fields = Object.fromEntries(
          [...columns.keys()].sort(compare).map((column) => [column, { inputFields: inputFields(columns.get(column)!, opts.namespace) }]),
        );
        const tableInputs = writer.datasetInputs.get(table);
        return {
          ...dataset(table),
          facets: {
            columnLineage: {
              _producer: producer,
              _schemaURL: COLUMN_LINEAGE_SCHEMA_URL,
              fields,
              ...(tableInputs && tableInputs.size > 0 ? { dataset: inputFields(tableInputs, opts.namespace) } : {}),
            },
          },
        };
      });
      return {
        eventType: "COMPLETE",
        eventTime: opts.timestamp ?? EPOCH,
        run: { runId: uuidV5(`privacy-lineage:${opts.namespace}:${writer.site}`) },
        job: { namespace: opts.namespace, name: writer.site },
        inputs: [...writer.inputTables].sort(compare).map(dataset),
        outputs,
        producer,
        schemaURL: RUN_EVENT_SCHEMA_URL,
      };
    });
  return events.map((event) => `${JSON.stringify(event)}\n`).join("");
}

function collectWriters(graph: SerializedLineageGraph): Map<string, Writer> {
  const nodes = new Map(graph.nodes.map((node) => [node.key, (node.attributes ?? { kind: "ts-value" }) as NodeAttributes]));
  const incoming = new Map<string, { source: string; kind: EdgeKind }[]>();
  for (const edge of graph.edges) {
    const list = incoming.get(edge.target) ?? [];
    list.push({ source: edge.source, kind: edge.attributes?.kind ?? "data" });
    incoming.set(edge.target, list);
  }

  const writers = new Map<string, Writer>();
  for (const edge of graph.edges) {
    const write = edge.attributes?.write;
    const target = nodes.get(edge.target);
    if (!write || !target?.table) continue;
    const writer =
      writers.get(write.site) ??
      ({ site: write.site, outputs: new Map(), datasetInputs: new Map(), inputTables: new Set() } satisfies Writer);
    writers.set(write.site, writer);

    let into: Map<string, InputField>;
    const column = columnName(target);
    if (target.kind === "column" && column !== undefined) {
      const columns = writer.outputs.get(target.table) ?? new Map<string, Map<string, InputField>>();
      writer.outputs.set(target.table, columns);
      into = columns.get(column) ?? new Map<string, InputField>();
      columns.set(column, into);
    } else if (target.kind === "table") {
      into = writer.datasetInputs.get(target.table) ?? new Map<string, InputField>();
      writer.datasetInputs.set(target.table, into);
    } else {
      continue;
    }

    const start = step({ type: "DIRECT", subtype: "TRANSFORMATION", masking: false }, edge.attributes?.kind ?? "data");
    walkUpstream(edge.source, start, nodes, incoming, new Set(), (table, field, transformation) => {
      writer.inputTables.add(table);
      if (field === undefined) return;
      const key = `${table}\u0000${field}`;
      const input = into.get(key) ?? { table, field, transformations: new Map() };
      input.transformations.set(`${transformation.type}/${transformation.subtype}/${transformation.masking}`, transformation);
      into.set(key, input);
    });
  }
  return writers;
}

/** Walks back from a node through intermediate SQL expressions to the persistent columns (or tables) feeding it. */
function walkUpstream(
  key: string,
  transformation: Transformation,
  nodes: Map<string, NodeAttributes>,
  incoming: Map<string, { source: string; kind: EdgeKind }[]>,
  visiting: Set<string>,
  emit: (table: string, field: string | undefined, transformation: Transformation) => void,
): void {
  const attributes = nodes.get(key);
  if (!attributes || visiting.has(key)) return;
  const masks = transformation.type === "DIRECT" && (attributes.removes?.length ?? 0) > 0;
  const here = masks ? { ...transformation, masking: true } : transformation;
  const column = columnName(attributes);
  if (attributes.kind === "column" && attributes.table && column !== undefined) {
    emit(attributes.table, column, here);
  } else if (attributes.kind === "table" && attributes.table) {
    emit(attributes.table, undefined, here);
  } else if (attributes.kind === "sql-expr") {
    visiting.add(key);
    for (const edge of incoming.get(key) ?? []) walkUpstream(edge.source, step(here, edge.kind), nodes, incoming, visiting, emit);
    visiting.delete(key);
  }
}

function step(transformation: Transformation, kind: EdgeKind): Transformation {
  if (transformation.type === "INDIRECT" || DATA_EDGE_KINDS.has(kind)) return transformation;
  // Masking describes how an output value hides an input value; an input that only filters or joins has no value in the output.
  return { type: "INDIRECT", subtype: kind === "join" ? "JOIN" : kind === "control" ? "CONDITIONAL" : "FILTER", masking: false };
}

function inputFields(inputs: Map<string, InputField>, namespace: string) {
  return [...inputs.values()]
    .sort((a, b) => compare(a.table, b.table) || compare(a.field, b.field))
    .map((input) => ({
      namespace,
      name: input.table,
      field: input.field,
      transformations: [...input.transformations.entries()]
        .sort(([a], [b]) => compare(a, b))
        .map(([, t]) => ({ type: t.type, subtype: t.subtype, masking: t.masking })),
    }));
}

/** RFC 4122 version 5 (SHA-1, URL namespace): the same name always gives the same run id. */
function uuidV5(name: string): string {
  const namespace = Buffer.from("6ba7b8119dad11d180b400c04fd430c8", "hex");
  const bytes = createHash("sha1").update(namespace).update(name, "utf8").digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
