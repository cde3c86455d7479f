import { describe, expect, it } from "vitest";
import { runCase, type SpecCase } from "./spec.js";

const DIALECTS = ["postgresql", "mysql", "bigquery", "snowflake", "hive", "redshift", "transactsql"];

/** Registers a suite of SQL lineage cases: one test per case, grouped by category, exact lineage. */
export function describeCases(title: string, cases: SpecCase[], minimum: number): void {
  describe(title, () => {
    it(`has at least ${minimum} cases over every dialect`, () => {
      expect(cases.length).toBeGreaterThanOrEqual(minimum);
      const dialects = new Set(cases.map((c) => c.dialect));
      for (const d of DIALECTS) expect(dialects).toContain(d);
    });
    for (const category of [...new Set(cases.map((c) => c.category))]) {
      describe(category, () => {
        for (const c of cases.filter((x) => x.category === category)) {
          const name = `${c.name} [${c.dialect}]`;
          if (c.todo) it.todo(`${name}: ${c.todo}`);
          else it(name, () => check(c));
        }
      });
    }
  });
}

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
