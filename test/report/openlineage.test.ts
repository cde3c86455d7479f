import { describe, expect, it } from "vitest";
import { renderOpenLineage } from "../../src/report/openlineage.js";
import { sampleGraph, shuffledGraph } from "./sample.js";

const ns = "postgres://db.example.com:5432/app";

describe("renderOpenLineage", () => {
  const text = renderOpenLineage(sampleGraph(), { namespace: ns });
  const events = text.trimEnd().split("\n").map((line) => JSON.parse(line));

  it("writes one COMPLETE RunEvent per table-writing statement, one JSON object per line", () => {
    expect(text.endsWith("\n")).toBe(true);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(Object.keys(event)).toEqual(["eventType", "eventTime", "run", "job", "inputs", "outputs", "producer", "schemaURL"]);
    expect(event).toMatchObject({
      eventType: "COMPLETE",
      eventTime: "1970-01-01T00:00:00Z",
      job: { namespace: ns, name: "sql/ads.sql#insert:1" },
      inputs: [
        { namespace: ns, name: "dating.profiles" },
        { namespace: ns, name: "public.users" },
      ],
      schemaURL: "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
    });
    expect(event.run.runId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("puts column lineage on the output, direct and indirect inputs apart", () => {
    const [output] = events[0].outputs;
    expect(output.name).toBe("ads.audience");
    expect(output.facets.columnLineage._schemaURL).toBe(
      "https://openlineage.io/spec/facets/1-2-0/ColumnLineageDatasetFacet.json#/$defs/ColumnLineageDatasetFacet",
    );
    expect(output.facets.columnLineage.fields).toEqual({
      email_hash: {
        inputFields: [
          { namespace: ns, name: "dating.profiles", field: "active", transformations: [{ type: "INDIRECT", subtype: "FILTER", masking: false }] },
          { namespace: ns, name: "public.users", field: "email", transformations: [{ type: "DIRECT", subtype: "TRANSFORMATION", masking: true }] },
        ],
      },
      religion: {
        inputFields: [
          { namespace: ns, name: "dating.profiles", field: "religion", transformations: [{ type: "DIRECT", subtype: "TRANSFORMATION", masking: false }] },
          { namespace: ns, name: "dating.profiles", field: "user_id", transformations: [{ type: "INDIRECT", subtype: "JOIN", masking: false }] },
        ],
      },
    });
  });

  it("is deterministic: same run id, order-independent, eventTime only from the option", () => {
    expect(renderOpenLineage(shuffledGraph(), { namespace: ns })).toBe(text);
    const stamped = JSON.parse(renderOpenLineage(sampleGraph(), { namespace: ns, timestamp: "2025-01-02T03:04:05Z" }));
    expect(stamped.eventTime).toBe("2025-01-02T03:04:05Z");
    expect(stamped.run.runId).toBe(events[0].run.runId);
    const other = JSON.parse(renderOpenLineage(sampleGraph(), { namespace: "other" }));
    expect(other.run.runId).not.toBe(events[0].run.runId);
  });

  it("writes nothing for a graph without table writes", () => {
    const graph = sampleGraph();
    graph.edges = graph.edges.map(({ attributes, ...edge }) => ({ ...edge, attributes: { kind: attributes!.kind } }));
    expect(renderOpenLineage(graph, { namespace: ns })).toBe("");
  });
});
