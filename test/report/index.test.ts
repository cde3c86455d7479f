import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { graphFormats, isReportFormat, renderGraph, renderReport, reportFormats } from "../../src/report/index.js";
import { sampleGraph, sampleReport } from "./sample.js";

describe("renderReport", () => {
  it("renders every scan format, deterministically", () => {
    expect([...reportFormats]).toEqual(["text", "json", "sarif", "html", "dot", "mermaid", "graphml", "openlineage"]);
    for (const format of reportFormats) {
      const first = renderReport(format, sampleReport(), sampleGraph());
      expect(first.length, format).toBeGreaterThan(0);
      expect(first.endsWith("\n"), format).toBe(true);
      expect(renderReport(format, sampleReport(), sampleGraph()), format).toBe(first);
    }
  });

  it("passes options through: colour and quiet to text, namespace and timestamp to openlineage", () => {
    expect(renderReport("text", sampleReport(), sampleGraph(), { color: true })).toContain("\u001b[");
    expect(renderReport("text", sampleReport(), sampleGraph(), { quiet: true })).not.toContain("ALLOWED");
    const event = JSON.parse(renderReport("openlineage", { ...sampleReport(), timestamp: "2025-01-02T03:04:05Z" }, sampleGraph(), { namespace: "ns" }));
    expect(event).toMatchObject({ eventTime: "2025-01-02T03:04:05Z", job: { namespace: "ns" } });
  });

  it("recognises format names", () => {
    expect(isReportFormat("sarif")).toBe(true);
    expect(isReportFormat("csv")).toBe(false);
  });
});

describe("renderGraph", () => {
  it("renders every graph format; json is the graph export itself", () => {
    expect([...graphFormats]).toEqual(["json", "dot", "mermaid", "graphml"]);
    expect(JSON.parse(renderGraph("json", sampleGraph()))).toEqual(sampleGraph());
    expect(renderGraph("mermaid", sampleGraph()).startsWith("flowchart LR\n")).toBe(true);
  });
});

describe("schemas/", () => {
  it("both schemas compile in ajv's strict mode", () => {
    for (const file of ["config.schema.json", "report.schema.json"]) {
      const schema = JSON.parse(readFileSync(new URL(`../../schemas/${file}`, import.meta.url), "utf8"));
      expect(() => new Ajv({ strict: true, strictRequired: false }).compile(schema), file).not.toThrow();
    }
  });
});
