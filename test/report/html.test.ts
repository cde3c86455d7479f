import { describe, expect, it } from "vitest";
import { renderHtml } from "../../src/report/html.js";
import { sampleReport } from "./sample.js";

describe("renderHtml", () => {
  const html = renderHtml(sampleReport());

  it("is one self-contained page: no scripts, no external assets", () => {
    expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
    expect(html).toContain("<style>");
    expect(html).not.toMatch(/<script|<link|src=|href=|@import|url\(/i);
  });

  it("lists the summary, violations and allowed flows with their paths, and diagnostics", () => {
    expect(html).toContain('<td class="bad">1</td>');
    expect(html).toContain("<h2>Violations (1)</h2>");
    expect(html).toContain("<h2>Allowed flows (1)</h2>");
    expect(html).toContain('<tr><td class="n">3</td><td class="loc">src/ads.ts:30:5</td><td>argument 0 of AdsClient.track</td></tr>');
    expect(html).toContain("<h2>Diagnostics (1)</h2>");
    expect(html.indexOf('id="violations"')).toBeLessThan(html.indexOf('id="allowed"'));
  });

  it("escapes all text from the scan", () => {
    expect(html).toContain("Syntax error: unexpected &quot;&lt;&quot; after SELECT");
    const report = sampleReport();
    report.flows[0]!.path[0]!.note = "<img src=x onerror=alert(1)>";
    report.flows[0]!.label = "a&b";
    const hostile = renderHtml(report);
    expect(hostile).not.toContain("<img");
    expect(hostile).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(hostile).toContain("a&amp;b → ads");
  });

  it("shows the timestamp only when the report has one, and is deterministic", () => {
    expect(html).not.toContain("2025");
    expect(renderHtml({ ...sampleReport(), timestamp: "2025-01-02T03:04:05Z" })).toContain("2025-01-02T03:04:05Z");
    expect(renderHtml(sampleReport())).toBe(html);
  });
});
