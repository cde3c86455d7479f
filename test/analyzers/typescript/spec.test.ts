/**
 * The TypeScript analyzer's specification, one case folder per behaviour:
 * `cases/<category>/<name>/` holds source files, a `lineage.config.json` and an `expected.json`
 * listing EXACTLY the flows a scan of that folder reports (nothing missing, nothing extra).
 * A case whose `expected.json` has `"todo": "<reason>"` is a known gap: registered as a todo.
 * An expected flow with `"kind": "implicit"` is an implicit flow (config `implicitFlows`); without
 * a kind, an explicit one.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runScan } from "../../../src/scan/scan.js";

interface ExpectedFlow {
  label: string;
  source: string;
  sink: string;
  purpose: string;
  verdict: "violation" | "allowed";
  kind?: "implicit" | "explicit";
}

interface Expected {
  description: string;
  flows: ExpectedFlow[];
  notFlows?: Array<{ sink: string; why: string }>;
  todo?: string;
}

const casesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "cases");
const cases = fs
  .readdirSync(casesDir)
  .flatMap((category) => fs.readdirSync(path.join(casesDir, category)).map((name) => `${category}/${name}`))
  .filter((name) => fs.existsSync(path.join(casesDir, name, "expected.json")))
  .sort();

const key = (f: ExpectedFlow): string => `${f.label} ${f.source} -> ${f.sink} ${f.purpose} ${f.verdict} ${f.kind ?? "explicit"}`;

describe("TypeScript analyzer spec", () => {
  it("has cases", () => expect(cases.length).toBeGreaterThan(0));

  for (const name of cases) {
    const dir = path.join(casesDir, name);
    const expected = JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8")) as Expected;
    if (expected.todo) {
      // A known gap: the case documents the wanted behaviour; its reason is in expected.json.
      it.todo(name);
      continue;
    }
    it(name, () => {
      const result = runScan({ paths: [dir], cwd: dir });
      const errors = result.diagnostics.filter((d) => d.severity === "error");
      expect(errors, "the case's files should analyse without errors").toEqual([]);
      const actual = result.flows.map((f) =>
        key({ label: f.label, source: `${f.source.file}:${f.source.line}`, sink: `${f.sink.file}:${f.sink.line}`, purpose: f.sink.purpose, verdict: f.verdict, kind: f.kind }),
      );
      expect(actual.sort(), expected.description).toEqual(expected.flows.map(key).sort());
      const sinks = new Set(result.flows.map((f) => `${f.sink.file}:${f.sink.line}`));
      for (const miss of expected.notFlows ?? []) expect(sinks.has(miss.sink), `not a flow: ${miss.sink} (${miss.why})`).toBe(false);
    });
  }
});
