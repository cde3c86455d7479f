import { describe, expect, it } from "vitest";
import { analyze, col, edge, tbl, WAREHOUSE_DDL } from "./helpers.js";

const religionSource = { label: "religion", kind: "annotation", asset: "dating.profiles.religion" };

describe("@label", () => {
  it("labels the column defined on the comment's line", () => {
    const { graph, diagnostics } = analyze("");
    expect(diagnostics).toEqual([]);
    expect(graph.node(col("dating.profiles", "religion")).sources).toEqual([religionSource]);
    expect(graph.node(col("dating.profiles", "city")).sources).toBeUndefined();
  });

  it("finds the column when the definition and comment share a line with others, or follow the closing parenthesis", () => {
    const { graph, diagnostics } = analyze([
      {
        path: "s.sql",
        text: `CREATE TABLE crm.people (id INT, email TEXT /* @label email */, phone TEXT);
CREATE TABLE crm.notes (
  id INT,
  "Body" TEXT); -- @label free_text, health`,
      },
    ]);
    expect(diagnostics).toEqual([]);
    expect(graph.node(col("crm.people", "email")).sources).toEqual([{ label: "email", kind: "annotation", asset: "crm.people.email" }]);
    expect(graph.node(col("crm.people", "phone")).sources).toBeUndefined();
    expect(graph.node(col("crm.notes", "Body")).sources?.map((s) => s.label)).toEqual(["free_text", "health"]);
  });

  it("still labels the columns of a CREATE TABLE the parser rejects", () => {
    const { graph, diagnostics } = analyze([
      { path: "s.sql", text: "CREATE TABLE crm.people (\n  id INT,\n  email TEXT, -- @label email\n  weird_type WEIRD(,)\n);" },
    ]);
    expect(diagnostics.map((d) => [d.line, d.severity])).toEqual([[1, "warning"]]);
    expect(graph.node(col("crm.people", "email")).sources).toEqual([{ label: "email", kind: "annotation", asset: "crm.people.email" }]);
  });

  it("reads COMMENT ON COLUMN, in any file and whatever the dialect's grammar", () => {
    const text = `COMMENT ON COLUMN dating.profiles.email IS 'Contact address. @label email';
COMMENT ON COLUMN "dating".profiles.city IS 'no label here';
COMMENT ON TABLE dating.profiles IS 'Profiles';`;
    for (const dialect of ["postgresql", "snowflake", "redshift"]) {
      const { graph, diagnostics } = analyze(
        [
          { path: "a/comments.sql", text },
          { path: "b/schema.sql", text: WAREHOUSE_DDL },
        ],
        { dialect, defaultSchema: "public" },
      );
      expect(diagnostics.filter((d) => d.file === "a/comments.sql")).toEqual([]);
      expect(graph.node(col("dating.profiles", "email")).sources).toEqual([{ label: "email", kind: "annotation", asset: "dating.profiles.email" }]);
      expect(graph.node(col("dating.profiles", "email"))).toMatchObject({ file: "b/schema.sql", line: 8, col: 3 });
      expect(graph.node(col("dating.profiles", "city")).sources).toBeUndefined();
    }
  });

  it("labels a column the catalog does not know (two-part name: default schema)", () => {
    const { graph } = analyze([{ path: "c.sql", text: "COMMENT ON COLUMN users.ssn IS '@label national_id';" }]);
    expect(graph.node(col("public.users", "ssn"))).toMatchObject({
      kind: "column",
      file: "c.sql",
      line: 1,
      sources: [{ label: "national_id", kind: "annotation", asset: "public.users.ssn" }],
    });
  });

  it("reads a MySQL column COMMENT", () => {
    const { graph } = analyze([{ path: "m.sql", text: "CREATE TABLE users (id INT, email TEXT COMMENT 'login @label email')" }], { dialect: "mysql", defaultSchema: "app" });
    expect(graph.node(col("app.users", "email")).sources).toEqual([{ label: "email", kind: "annotation", asset: "app.users.email" }]);
  });

  it("warns about a @label it cannot attach", () => {
    const { diagnostics } = analyze([{ path: "x.sql", text: "-- @label religion\nSELECT 1;\nINSERT INTO t (a) VALUES (1); -- @label email" }]);
    expect(diagnostics.map((d) => [d.file, d.line, d.severity])).toEqual([
      ["x.sql", 1, "warning"],
      ["x.sql", 3, "warning"],
    ]);
    expect(diagnostics[0]!.message).toContain("@label religion");
  });
});

describe("@purpose", () => {
  it("makes every persistent table or view the file writes a sink of the purpose", () => {
    const { graph, diagnostics } = analyze(`
CREATE TEMPORARY TABLE tmp_religious AS SELECT user_id, religion FROM dating.profiles;
INSERT INTO ads.audience_segments (user_id, segment) SELECT user_id, religion FROM tmp_religious;
UPDATE ml.features SET faith = 'x' WHERE user_id = 0;
CREATE VIEW ads.v AS SELECT segment FROM ads.audience_segments;
SELECT * FROM dating.likes;
   -- @purpose ads
`);
    expect(diagnostics).toEqual([]);
    const sink = (table: string) => ({ purpose: "ads", kind: "table", asset: table, site: "", rule: "@purpose" });
    expect(graph.node(tbl("ads.audience_segments")).sinks).toEqual([sink("ads.audience_segments")]);
    expect(graph.node(tbl("ml.features")).sinks).toEqual([sink("ml.features")]);
    expect(graph.node(tbl("ads.v")).sinks).toEqual([sink("ads.v")]);
    expect(graph.node(tbl("public.tmp_religious")).sinks).toBeUndefined();
    expect(graph.node(tbl("dating.likes")).sinks).toBeUndefined();
    expect(graph.node(tbl("dating.profiles")).sinks).toBeUndefined();
  });

  it("keeps the write position on the edge into the column, for the policy step", () => {
    const { graph } = analyze("-- @purpose ads\nINSERT INTO ads.audience_segments (segment) SELECT religion FROM dating.profiles;");
    expect(edge(graph, col("dating.profiles", "religion"), col("ads.audience_segments", "segment"))?.write).toEqual({ file: "jobs/job.sql", line: 2, column: 1, site: "job.sql: insert ads.audience_segments#1" });
  });

  it("ignores @purpose inside a statement line and warns when the file writes nothing", () => {
    const { graph, diagnostics } = analyze([
      { path: "s.sql", text: WAREHOUSE_DDL },
      { path: "r.sql", text: "-- @purpose analytics\nSELECT religion FROM dating.profiles; -- @purpose ads" },
    ]);
    expect(diagnostics).toEqual([
      {
        file: "r.sql",
        line: 1,
        column: 1,
        severity: "warning",
        message: "@purpose analytics applies to the tables this file writes, but it writes no persistent table or view",
      },
    ]);
    expect(graph.graph.filterNodes((_, a) => a.sinks !== undefined)).toEqual([]);
  });
});
