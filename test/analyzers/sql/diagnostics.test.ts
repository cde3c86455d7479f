import { describe, expect, it } from "vitest";
import { LineageGraph } from "../../../src/graph/lineage-graph.js";
import { analyzeSqlFiles, buildSchemaCatalog } from "../../../src/analyzers/sql/index.js";
import { analyze, col, edge, into, POSTGRES, tbl, WAREHOUSE_DDL } from "./helpers.js";

describe("broken statements", () => {
  it("reports a statement that does not parse at its line and analyses the statements after it", () => {
    const { graph, diagnostics } = analyze(`
INSERT INTO ml.features (user_id) SELECT user_id FROM dating.profiles;

INSERT INTO ads.audience_segments (user_id, segment)
SELECT user_id, religion FROM dating.profiles WHERE (;

INSERT INTO ads.audience_segments (user_id, segment)
SELECT user_id, city FROM dating.profiles;
`);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: "jobs/job.sql", line: 4, column: 1, severity: "error" });
    expect(diagnostics[0]!.message).toMatch(/^SQL syntax error \(postgresql\) at line 5, column \d+: Expected .* found\.; kept at table level: dating\.profiles → ads\.audience_segments$/);
    expect(diagnostics[0]!.message).not.toContain("\n");
    expect(into(graph, col("ml.features", "user_id"))).toEqual([col("dating.profiles", "user_id")]);
    expect(into(graph, col("ads.audience_segments", "segment"))).toEqual([col("dating.profiles", "city")]);
    // The broken statement left only table-level lineage behind, and did not use up a write site number.
    expect(edge(graph, tbl("dating.profiles"), tbl("ads.audience_segments"))?.write?.site).toBe("job.sql: statement ads.audience_segments#1");
    expect(edge(graph, col("dating.profiles", "city"), col("ads.audience_segments", "segment"))?.write?.site).toBe("job.sql: insert ads.audience_segments#1");
  });

  it("reports a statement nested 100000 levels deep instead of crashing", () => {
    const deep = `SELECT ${"(".repeat(100000)}1${")".repeat(100000)} AS x`;
    const { graph, diagnostics } = analyze([
      { path: "deep.sql", text: `INSERT INTO t (a) ${deep};\nINSERT INTO t (b) SELECT c FROM s;` },
    ]);
    expect(diagnostics).toEqual([
      { file: "deep.sql", line: 1, column: 1, severity: "error", message: expect.stringMatching(/nested too deeply|stack depth/) },
    ]);
    expect(into(graph, col("public.t", "b"))).toEqual([col("public.s", "c")]);
  });

  it("still reads the column list of a CREATE TABLE the dialect's grammar rejects", () => {
    const { graph, diagnostics } = analyze(
      [
        { path: "jobs.sql", text: "INSERT INTO ml.features SELECT * FROM dating.likes;" },
        { path: "schema.sql", text: WAREHOUSE_DDL },
      ],
      { dialect: "mysql", defaultSchema: "app" },
    );
    // MySQL has no TIMESTAMPTZ: its grammar rejects the table, a related grammar reads it.
    expect(diagnostics).toEqual([]);
    expect(graph.node(col("dating.likes", "liked_at"))).toMatchObject({ kind: "column", file: "schema.sql", line: 14, col: 3 });
    expect(into(graph, col("ml.features", "age"))).toEqual([col("dating.likes", "liked_at")]);
  });

  it("skips statements that cannot carry lineage without reporting them", () => {
    const { diagnostics } = analyze(`
BEGIN;
SET search_path TO dating;
GRANT SELECT ON dating.profiles TO analyst;
CREATE INDEX profiles_city ON dating.profiles (city);
CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;
CREATE FUNCTION g() RETURNS int AS $$ return 1; SELECT ( $$ LANGUAGE plv8;
VACUUM ANALYZE dating.profiles;
COMMIT;
`);
    expect(diagnostics).toEqual([]);
  });

  it("analyses MERGE, which no node-sql-parser grammar reads, with PostgreSQL's own parser", () => {
    const { graph, diagnostics } = analyze(`MERGE INTO ml.features f USING dating.profiles p ON f.user_id = p.user_id
WHEN MATCHED THEN UPDATE SET faith = p.religion;`);
    expect(diagnostics).toEqual([]);
    expect(into(graph, col("ml.features", "faith"))).toEqual([col("dating.profiles", "religion")]);
  });

  it("reports an unsupported dialect per file, without throwing", () => {
    const files = [{ path: "a.sql", text: "SELECT 1;" }];
    const options = { dialect: "cobol-sql", defaultSchema: "public" };
    const diagnostics = analyzeSqlFiles(files, new LineageGraph(), options, buildSchemaCatalog(files, options));
    expect(diagnostics).toEqual([{ file: "a.sql", line: 1, severity: "error", message: expect.stringContaining('"cobol-sql" is not supported') }]);
  });

  it("accepts common dialect aliases", () => {
    const files = [{ path: "a.sql", text: "INSERT INTO t (a) SELECT b FROM s;" }];
    const options = { dialect: "postgres", defaultSchema: "public" };
    const graph = new LineageGraph();
    expect(analyzeSqlFiles(files, graph, options, buildSchemaCatalog(files, options))).toEqual([]);
    expect(into(graph, col("public.t", "a"))).toEqual([col("public.s", "b")]);
  });

  it("never throws on arbitrary input", () => {
    const inputs = ["", ";;;", "'unterminated", "/* open", "$$ open", "SELECT", ")))(((", "\uFEFFSELECT 1", "INSERT INTO", "WITH x AS (SELECT 1) INSERT"];
    for (const text of inputs) {
      const files = [{ path: "x.sql", text }];
      expect(() => analyzeSqlFiles(files, new LineageGraph(), POSTGRES, buildSchemaCatalog(files, POSTGRES))).not.toThrow();
    }
  });
});
