/**
 * Held-out SQL lineage cases (holdout/*.yaml): written by hand from the public contract, without
 * looking at the analyzer, to measure it on SQL it was not tuned to. Same format and checks as
 * spec.test.ts; a case the analyzer gets wrong carries `todo: "<what it does wrong>"`.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCases, runCase, type SpecCase } from "./spec.js";

const HOLDOUT_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), "holdout");
const cases = loadCases(HOLDOUT_DIR);
const categories = [...new Set(cases.map((c) => c.category))];

function check(c: SpecCase): void {
  const result = runCase(c);
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (c.error === undefined) expect(errors, "error diagnostics").toEqual([]);
  else expect(errors.map((d) => `${d.file}:${d.line} ${d.message}`).join("\n")).toContain(c.error);
  expect(result.lineage.data, "data lineage").toEqual([...c.edges].sort());
  const sources = new Set(result.lineage.data.map((e) => e.split(" -> ")[0]));
  for (const column of c.notSources ?? []) expect(sources.has(column), `${column} is not a source`).toBe(false);
  if (c.filter) expect(result.lineage.filter, "filter edges").toEqual([...c.filter].sort());
  if (c.join) expect(result.lineage.join, "join edges").toEqual([...c.join].sort());
  if (c.writes) expect(result.writes, "tables written").toEqual([...c.writes].sort());
}

describe("SQL lineage hold-out set", () => {
  it("has at least 80 cases over every dialect", () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    const dialects = new Set(cases.map((c) => c.dialect));
    for (const d of ["postgresql", "mysql", "bigquery", "snowflake", "hive", "redshift", "transactsql"]) expect(dialects).toContain(d);
  });
  for (const category of categories) {
    describe(category, () => {
      for (const c of cases.filter((x) => x.category === category)) {
        const title = `${c.name} [${c.dialect}]`;
        if (c.todo) it.todo(`${title}: ${c.todo}`);
        else it(title, () => check(c));
      }
    });
  }
});
