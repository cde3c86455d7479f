import { describe, expect, it } from "vitest";
import { renderSarif } from "../../src/report/sarif.js";
import { sampleReport } from "./sample.js";

type Json = any;

describe("renderSarif", () => {
  const log: Json = JSON.parse(renderSarif(sampleReport()));
  const run = log.runs[0];

  it("is a SARIF 2.1.0 log with one run of privacy-lineage", () => {
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: "privacy-lineage", version: "0.1.0" });
    expect(run.tool.driver.rules.map((rule: Json) => rule.id)).toEqual(["privacy-lineage/violation", "privacy-lineage/diagnostic"]);
    expect(run.columnKind).toBe("utf16CodeUnits");
  });

  it("reports the violation as an error at the sink, with the source related and a stable fingerprint", () => {
    expect(run.results).toHaveLength(1);
    const [result] = run.results;
    expect(result).toMatchObject({ ruleId: "privacy-lineage/violation", ruleIndex: 0, level: "error", baselineState: "new" });
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "src/ads.ts", uriBaseId: "%SRCROOT%" },
      region: { startLine: 30, startColumn: 5 },
    });
    expect(result.relatedLocations[0]).toMatchObject({
      id: 1,
      physicalLocation: { artifactLocation: { uri: "src/dating.ts", uriBaseId: "%SRCROOT%" }, region: { startLine: 14, startColumn: 9 } },
    });
    expect(result.message.text).toContain("[DatingProfile.religion](1)");
    expect(result.partialFingerprints).toEqual({ "privacyLineageFlowId/v1": "f-3a9c41d2" });
  });

  it("carries the path as a code flow", () => {
    const steps = run.results[0].codeFlows[0].threadFlows[0].locations;
    expect(
      steps.map((step: Json) => [
        step.location.physicalLocation.artifactLocation.uri,
        step.location.physicalLocation.region.startLine,
        step.location.physicalLocation.region.startColumn,
        step.location.message.text,
        step.executionOrder,
      ]),
    ).toEqual([
      ["src/dating.ts", 14, 9, "read DatingProfile.religion", 1],
      ["src/dating.ts", 21, 12, "passed to buildAudience(profile)", 2],
      ["src/ads.ts", 30, 5, "argument 0 of AdsClient.track", 3],
    ]);
  });

  it("reports diagnostics as tool execution notifications, not alerts", () => {
    expect(run.invocations[0].executionSuccessful).toBe(true);
    expect(run.invocations[0].toolExecutionNotifications).toEqual([
      {
        level: "error",
        message: { text: 'Syntax error: unexpected "<" after SELECT' },
        descriptor: { id: "privacy-lineage/diagnostic" },
        locations: [{ physicalLocation: { artifactLocation: { uri: "sql/broken.sql", uriBaseId: "%SRCROOT%" }, region: { startLine: 3, startColumn: 7 } } }],
      },
    ]);
  });

  it("percent-encodes paths into URIs and marks baseline flows unchanged", () => {
    const report = sampleReport();
    report.flows[0]!.sink.file = "src/my ads/100%.ts";
    report.flows[0]!.new = false;
    const result = JSON.parse(renderSarif(report)).runs[0].results[0];
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe("src/my%20ads/100%25.ts");
    expect(result.baselineState).toBe("unchanged");
  });

  it("is deterministic", () => {
    expect(renderSarif(sampleReport())).toBe(renderSarif(sampleReport()));
  });
});
