import { describe, expect, it } from "vitest";
import { renderText } from "../../src/report/text.js";
import { sampleReport } from "./sample.js";

const ESC = "\u001b[";

describe("renderText", () => {
  it("groups violations then allowed flows, then diagnostics and a summary", () => {
    expect(renderText(sampleReport(), { color: false }).split("\n")).toEqual([
      "VIOLATION  religion → ads  (AdsClient.track)  [new]",
      "  source  src/dating.ts:14:9  property DatingProfile.religion",
      "  sink    src/ads.ts:30:5     call AdsClient.track",
      "    1. src/dating.ts:14:9   read DatingProfile.religion",
      "    2. src/dating.ts:21:12  passed to buildAudience(profile)",
      "    3. src/ads.ts:30:5      argument 0 of AdsClient.track",
      "",
      "ALLOWED    email → support  (table support.tickets)",
      "  source  sql/users.sql:4:3    column public.users.email",
      "  sink    sql/support.sql:2:1  table support.tickets",
      "    1. sql/users.sql:4:3    column public.users.email",
      "    2. sql/support.sql:2:1  INSERT INTO support.tickets (contact)",
      "",
      'sql/broken.sql:3:7  error  Syntax error: unexpected "<" after SELECT',
      "",
      "12 files, 2 flows: 1 violation, 1 allowed, 1 diagnostic",
      "",
    ]);
  });

  it("lists violations first even when the report lists an allowed flow first", () => {
    const report = sampleReport();
    report.flows.reverse();
    expect(renderText(report, { color: false }).startsWith("VIOLATION  religion → ads")).toBe(true);
  });

  it("quiet: only violations and the summary", () => {
    expect(renderText(sampleReport(), { color: false, quiet: true })).toBe(
      [
        "VIOLATION  religion → ads  (AdsClient.track)  [new]",
        "  source  src/dating.ts:14:9  property DatingProfile.religion",
        "  sink    src/ads.ts:30:5     call AdsClient.track",
        "    1. src/dating.ts:14:9   read DatingProfile.religion",
        "    2. src/dating.ts:21:12  passed to buildAudience(profile)",
        "    3. src/ads.ts:30:5      argument 0 of AdsClient.track",
        "",
        "12 files, 2 flows: 1 violation, 1 allowed, 1 diagnostic",
        "",
      ].join("\n"),
    );
  });

  it("no ANSI codes without color; colours with color, the text otherwise unchanged", () => {
    const plain = renderText(sampleReport(), { color: false });
    const colored = renderText(sampleReport(), { color: true });
    expect(plain).not.toContain(ESC);
    expect(colored).toContain(`${ESC}31mVIOLATION`);
    expect(colored).toContain(`${ESC}32mALLOWED`);
    expect(colored.replace(/\u001b\[\d+m/g, "")).toBe(plain);
  });

  it("pluralises the summary and prints it alone when there is nothing else", () => {
    const report = sampleReport();
    report.flows = [];
    report.diagnostics = [];
    report.summary = { files: 1, sources: 0, sinks: 0, flows: 0, violations: 0, diagnostics: 0 };
    expect(renderText(report, { color: false })).toBe("1 file, 0 flows: 0 violations, 0 allowed, 0 diagnostics\n");
  });

  it("never passes control characters from scanned code to the terminal", () => {
    const report = sampleReport();
    report.flows[0]!.path[1]!.note = "log(\u001b[2J\nnext)";
    const text = renderText(report, { color: false });
    expect(text).toContain("log(\\u001b[2J next)");
    expect(text).not.toContain("\u001b");
  });

  it("omits the column of a diagnostic without one and indents continuation lines", () => {
    const report = sampleReport();
    report.diagnostics = [{ file: "big.sql", line: 1, severity: "warning", message: "skipped: over the size limit\n(2 MB)" }];
    expect(renderText(report, { color: false })).toContain("big.sql:1  warning  skipped: over the size limit\n    (2 MB)\n");
  });
});
