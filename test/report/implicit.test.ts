import { describe, expect, it } from "vitest";
import type { ScanReport } from "../../src/policy/types.js";
import { renderHtml, renderJson, renderSarif, renderText, validateReport } from "../../src/report/index.js";
import { sampleReport } from "./sample.js";

/** The sample report with its violation turned into an implicit flow (config `implicitFlows`). */
function implicitReport(): ScanReport {
  const report = sampleReport();
  const [violation, ...rest] = report.flows;
  return {
    ...report,
    flows: [
      {
        ...violation,
        kind: "implicit",
        path: [violation.path[0], { file: "src/dating.ts", line: 15, column: 7, note: "decides the condition at src/dating.ts:15:7" }, violation.path[2]],
      },
      ...rest,
    ],
  };
}

describe("report writers: implicit flows", () => {
  it("JSON: `kind` next to the verdict, valid against the schema; explicit flows have none", () => {
    const text = renderJson(implicitReport());
    expect(text).toContain('"verdict": "violation",\n      "kind": "implicit",\n      "new": true,');
    const document = JSON.parse(text) as ScanReport;
    expect(validateReport(document)).toEqual([]);
    expect(document.flows.map((f) => f.kind ?? null)).toEqual(["implicit", null]);
    expect(renderJson(sampleReport())).not.toContain('"kind": "implicit"');
  });

  it("text: says `implicit flow` on the flow's line", () => {
    const text = renderText(implicitReport(), { color: false });
    expect(text).toContain("VIOLATION  religion → ads  (AdsClient.track)  implicit flow  [new]");
    expect(text).toContain("2. src/dating.ts:15:7  decides the condition at src/dating.ts:15:7");
    expect(text).not.toMatch(/support\.tickets\)\s+implicit/);
  });

  it("SARIF: the message says implicit flow and the result's properties carry the kind", () => {
    const result = JSON.parse(renderSarif(implicitReport())).runs[0].results[0];
    expect(result.message.text).toMatch(/^Implicit flow: data labelled "religion"/);
    expect(result.properties.kind).toBe("implicit");
    expect(result.codeFlows[0].message.text).toBe("religion → ads (implicit flow)");
    expect(JSON.parse(renderSarif(sampleReport())).runs[0].results[0].properties.kind).toBeUndefined();
  });

  it("HTML: a badge on the flow, and its style only in reports that have one", () => {
    const html = renderHtml(implicitReport());
    expect(html).toContain('<span class="implicit">implicit flow</span>');
    expect(html).toContain(".implicit {");
    expect(renderHtml(sampleReport())).not.toContain("implicit");
  });
});
