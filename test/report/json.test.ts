import { describe, expect, it } from "vitest";
import { renderJson } from "../../src/report/json.js";
import { validateReport } from "../../src/report/validate.js";
import type { ScanReport } from "../../src/policy/types.js";
import { sampleReport } from "./sample.js";

describe("renderJson", () => {
  it("renders a report that validates against schemas/report.schema.json", () => {
    const text = renderJson(sampleReport());
    expect(validateReport(JSON.parse(text))).toEqual([]);
  });

  it("uses 2-space indent, a trailing newline and the contract's key order", () => {
    const text = renderJson(sampleReport());
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "tool": {\n    "name": "privacy-lineage",')).toBe(true);
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(["schemaVersion", "tool", "summary", "flows", "diagnostics"]);
    expect(Object.keys(parsed.summary)).toEqual(["files", "sources", "sinks", "flows", "violations", "diagnostics"]);
    expect(Object.keys(parsed.flows[0])).toEqual(["id", "label", "verdict", "new", "source", "sink", "path"]);
    expect(Object.keys(parsed.flows[0].source)).toEqual(["file", "line", "column", "kind", "asset"]);
    expect(Object.keys(parsed.flows[0].sink)).toEqual(["file", "line", "column", "kind", "asset", "purpose"]);
    expect(Object.keys(parsed.flows[0].path[0])).toEqual(["file", "line", "column", "note"]);
    expect(Object.keys(parsed.diagnostics[0])).toEqual(["file", "line", "column", "severity", "message"]);
  });

  it("is byte-identical for the same report whatever order its object keys were built in", () => {
    const report = sampleReport();
    const reordered = JSON.parse(JSON.stringify(report), (_key, value: unknown) =>
      value && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    ) as ScanReport;
    expect(Object.keys(reordered)[0]).toBe("diagnostics");
    expect(renderJson(reordered)).toBe(renderJson(report));
  });

  it("writes timestamp after tool only when given, and new only when set", () => {
    const report = sampleReport();
    delete report.flows[0]!.new;
    delete report.flows[1]!.new;
    expect(renderJson(report)).not.toContain('"new"');
    expect(renderJson(report)).not.toContain('"timestamp"');
    const stamped = JSON.parse(renderJson({ ...report, timestamp: "2025-01-02T03:04:05Z" }));
    expect(Object.keys(stamped)).toEqual(["schemaVersion", "tool", "timestamp", "summary", "flows", "diagnostics"]);
  });

  it("leaves out keys the contract does not define", () => {
    const report = sampleReport() as ScanReport & { extra?: number };
    report.extra = 1;
    (report.flows[0]!.sink as unknown as Record<string, unknown>).rule = "config";
    expect(validateReport(JSON.parse(renderJson(report)))).toEqual([]);
  });
});

describe("validateReport", () => {
  it("rejects a flow without a label, naming where", () => {
    const broken = JSON.parse(renderJson(sampleReport()));
    delete broken.flows[0].label;
    expect(validateReport(broken)).toEqual(['flows[0]: missing required key "label"']);
  });

  it("rejects wrong values with readable messages", () => {
    const broken = JSON.parse(renderJson(sampleReport()));
    broken.schemaVersion = 2;
    broken.flows[1].verdict = "ok";
    broken.diagnostics[0].line = 0;
    broken.flows[0].sink.extra = true;
    expect(validateReport(broken)).toEqual([
      "schemaVersion: expected 1",
      'flows[0].sink: unknown key "extra"',
      'flows[1].verdict: expected one of "violation", "allowed"',
      "diagnostics[0].line: must be >= 1",
    ]);
    expect(validateReport("report")).toEqual(["(report): must be object"]);
  });
});
