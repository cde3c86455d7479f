import { describe, expect, it } from "vitest";
import { LineageGraph } from "../../../src/graph/lineage-graph.js";
import { analyzeEmbeddedSql, buildSchemaCatalog, type EmbeddedSqlContext } from "../../../src/analyzers/sql/index.js";
import { col, edge, into, tbl, upstreamColumns, WAREHOUSE_DDL } from "./helpers.js";

const catalog = buildSchemaCatalog([{ path: "schema/warehouse.sql", text: WAREHOUSE_DDL }], { dialect: "postgresql", defaultSchema: "public" });

function run(sql: string, overrides: Partial<EmbeddedSqlContext> = {}) {
  const graph = new LineageGraph();
  const ctx: EmbeddedSqlContext = { file: "src/profiles.ts", line: 12, column: 22, site: "ProfileRepo.save#1", dialect: "postgresql", defaultSchema: "public", ...overrides };
  const result = analyzeEmbeddedSql(sql, graph, ctx, catalog);
  return { graph, result };
}

const at = (detail: string) => `sql-expr:src/profiles.ts:12:22:${detail}`;

describe("embedded INSERT", () => {
  it("maps $n binds to the columns they fill, written at the call site", () => {
    const { graph, result } = run("INSERT INTO dating.profiles (user_id, religion) VALUES ($1, $2)");
    expect(result.diagnostics).toEqual([]);
    expect([...result.binds]).toEqual([
      ["1", at("bind:1")],
      ["2", at("bind:2")],
    ]);
    expect(graph.node(at("bind:2"))).toEqual({ kind: "sql-expr", file: "src/profiles.ts", line: 12, col: 22, note: "bind $2 → dating.profiles.religion" });
    expect(edge(graph, at("bind:2"), col("dating.profiles", "religion"))).toEqual({
      kind: "data",
      write: { file: "src/profiles.ts", line: 12, column: 22, site: "ProfileRepo.save#1" },
    });
    expect(result.writes).toEqual(["dating.profiles"]);
    expect(result.reads).toEqual([]);
    // The column node keeps the position of its CREATE TABLE.
    expect(graph.node(col("dating.profiles", "religion"))).toMatchObject({ file: "schema/warehouse.sql", line: 5 });
  });

  it("numbers ? placeholders in order of appearance and names :name / @name ones", () => {
    const mysql = run("INSERT INTO dating.profiles (user_id, city, religion) VALUES (?, UPPER(?), ?)", { dialect: "mysql" });
    expect(mysql.result.diagnostics).toEqual([]);
    expect([...mysql.result.binds.keys()]).toEqual(["1", "2", "3"]);
    expect(into(mysql.graph, col("dating.profiles", "city"))).toEqual([at("bind:2")]);
    expect(mysql.graph.node(at("bind:3")).note).toBe("bind ?3 → dating.profiles.religion");

    const named = run("INSERT INTO dating.profiles (user_id, religion, email) VALUES (:id, :faith::text, @mail)");
    expect(named.result.diagnostics).toEqual([]);
    expect([...named.result.binds.keys()]).toEqual(["id", "faith", "mail"]);
    expect(into(named.graph, col("dating.profiles", "religion"))).toEqual([at("bind:faith")]);
    expect(into(named.graph, col("dating.profiles", "email"))).toEqual([at("bind:mail")]);
  });

  it("maps binds positionally onto the catalog's columns without a column list, and returns RETURNING fields", () => {
    const { graph, result } = run("INSERT INTO ml.features VALUES ($1, $2, $3, 0) RETURNING user_id, faith AS f");
    expect(into(graph, col("ml.features", "faith"))).toEqual([at("bind:2")]);
    expect([...result.resultFields.keys()]).toEqual(["user_id", "f"]);
    expect(into(graph, result.resultFields.get("f")!)).toEqual([col("ml.features", "faith")]);
  });

  it("handles INSERT … SELECT with binds in the select list and in WHERE", () => {
    const { graph, result } = run("INSERT INTO ads.audience_segments (user_id, segment) SELECT user_id, $1 FROM dating.profiles WHERE religion = $2");
    expect(into(graph, col("ads.audience_segments", "segment"))).toEqual([at("bind:1")]);
    expect(into(graph, tbl("ads.audience_segments"), "filter")).toEqual([col("dating.profiles", "religion"), at("bind:2")]);
    expect(graph.node(at("bind:2")).note).toBe("bind $2");
    expect(result.reads).toEqual(["dating.profiles"]);
    expect(result.writes).toEqual(["ads.audience_segments"]);
  });
});

describe("embedded UPDATE", () => {
  it("treats SET values as data into their columns and WHERE as a filter", () => {
    const { graph, result } = run("UPDATE dating.profiles SET religion = $1, city = lower($2) WHERE user_id = $3");
    expect(result.diagnostics).toEqual([]);
    expect(into(graph, col("dating.profiles", "religion"))).toEqual([at("bind:1")]);
    expect(into(graph, col("dating.profiles", "city"))).toEqual([at("bind:2")]);
    expect(edge(graph, at("bind:1"), col("dating.profiles", "religion"))?.write?.site).toBe("ProfileRepo.save#1");
    expect(into(graph, tbl("dating.profiles"), "filter")).toEqual([col("dating.profiles", "user_id"), at("bind:3")]);
    expect(into(graph, col("dating.profiles", "user_id"))).toEqual([]);
    expect(result.writes).toEqual(["dating.profiles"]);
  });

  it("follows UPDATE … FROM sources", () => {
    const { graph } = run("UPDATE ml.features f SET faith = p.religion FROM dating.profiles p WHERE p.user_id = f.user_id");
    expect(into(graph, col("ml.features", "faith"))).toEqual([col("dating.profiles", "religion")]);
    expect(into(graph, tbl("ml.features"), "filter")).toEqual([col("dating.profiles", "user_id"), col("ml.features", "user_id")]);
  });
});

describe("embedded SELECT", () => {
  it("gives each output field a node fed by its source columns; WHERE binds are filters", () => {
    const { graph, result } = run(
      "SELECT p.religion AS Faith, upper(p.city), count(l.liker_id) AS likes FROM dating.profiles p LEFT JOIN dating.likes l ON l.liked_id = p.user_id WHERE p.user_id = $1 GROUP BY 1, 2 LIMIT $2",
    );
    expect(result.diagnostics).toEqual([]);
    expect([...result.resultFields]).toEqual([
      ["faith", at("result:faith")],
      ["Faith", at("result:faith")],
      ["upper", at("result:upper")],
      ["likes", at("result:likes")],
    ]);
    expect(graph.node(at("result:faith"))).toMatchObject({ kind: "sql-expr", note: "result faith" });
    expect(into(graph, at("result:faith"))).toEqual([col("dating.profiles", "religion")]);
    expect(into(graph, at("result:upper"))).toEqual([col("dating.profiles", "city")]);
    expect(into(graph, at("result:likes"))).toEqual([col("dating.likes", "liker_id")]);
    // GROUP BY 2 groups the rows by p.city (GROUP BY 1's religion already feeds this field as data).
    expect(into(graph, at("result:faith"), "filter")).toEqual([col("dating.profiles", "city"), col("dating.profiles", "user_id"), at("bind:1")]);
    expect([...result.binds.keys()]).toEqual(["1"]); // LIMIT $2 is a row count
    expect(result.reads).toEqual(["dating.likes", "dating.profiles"]);
  });

  it("expands SELECT * through the catalog, and through CTEs", () => {
    const { graph, result } = run("WITH mine AS (SELECT * FROM dating.profiles WHERE user_id = $1) SELECT * FROM mine");
    expect([...result.resultFields.keys()]).toEqual(["user_id", "display_name", "religion", "birth_year", "city", "email"]);
    expect(upstreamColumns(graph, result.resultFields.get("religion")!)).toEqual([col("dating.profiles", "religion")]);
  });

  it("offers a \"*\" field for a star over a table the catalog does not know", () => {
    const { graph, result } = run("SELECT * FROM audit.events WHERE actor = $1");
    expect(result.resultFields.get("*")).toBe(at("result:*"));
    expect(into(graph, at("result:*"))).toEqual([tbl("audit.events")]);
  });

  it("reports SQL it cannot parse at the call site, without throwing", () => {
    const { result } = run("SELECT religion FROM dating.profiles WHERE user_id = $1 AND (");
    expect(result.diagnostics).toEqual([{ file: "src/profiles.ts", line: 12, column: 22, severity: "error", message: expect.stringContaining("SQL syntax error") }]);
    expect(result.binds.size).toBe(0);
  });
});
