import { describe, expect, it } from "vitest";
import { analyze, col, edge, edgeList, into, tbl, upstreamColumns, WAREHOUSE_DDL } from "./helpers.js";

describe("INSERT … SELECT", () => {
  it("writes each output into the listed column, with the statement as write site", () => {
    const { graph, diagnostics } = analyze(`
INSERT INTO ads.audience_segments (user_id, segment)
SELECT p.user_id, p.religion
FROM dating.profiles AS p
WHERE p.city = 'Berlin';
`);
    expect(diagnostics).toEqual([]);
    expect(into(graph, col("ads.audience_segments", "user_id"))).toEqual([col("dating.profiles", "user_id")]);
    expect(into(graph, col("ads.audience_segments", "segment"))).toEqual([col("dating.profiles", "religion")]);
    expect(edge(graph, col("dating.profiles", "religion"), col("ads.audience_segments", "segment"))).toEqual({
      kind: "data",
      write: { file: "jobs/job.sql", line: 2, column: 1, site: "job.sql: insert ads.audience_segments#1" },
    });
  });

  it("records WHERE, JOIN ON, GROUP BY and HAVING columns as filter / join edges, never as data", () => {
    const { graph } = analyze(`
INSERT INTO ml.features (user_id, like_count)
SELECT p.user_id, count(*)
FROM dating.profiles p
JOIN dating.likes l ON l.liked_id = p.user_id
WHERE p.religion IS NOT NULL
GROUP BY p.user_id, p.city
HAVING max(l.liked_at) > now() - interval '30 days';
`);
    expect(upstreamColumns(graph, col("ml.features", "like_count"))).toEqual([]);
    expect(into(graph, tbl("ml.features"), "filter")).toEqual([
      col("dating.likes", "liked_at"),
      col("dating.profiles", "city"),
      col("dating.profiles", "religion"),
      col("dating.profiles", "user_id"),
    ]);
    expect(into(graph, tbl("ml.features"), "join")).toEqual([col("dating.likes", "liked_id"), col("dating.profiles", "user_id")]);
    // user_id is selected, joined on and grouped by: it is data into the column it is written to.
    expect(edge(graph, col("dating.profiles", "user_id"), col("ml.features", "user_id"))?.kind).toBe("data");
    expect(edge(graph, col("dating.profiles", "religion"), col("ml.features", "faith"))).toBeUndefined();
  });

  it("treats every column inside a select-list expression as a source, CASE conditions and window clauses included", () => {
    const { graph } = analyze(`
INSERT INTO ads.audience_segments (user_id, segment, score)
SELECT
  p.user_id,
  CASE WHEN p.religion = 'none' THEN 'secular' ELSE COALESCE(p.city, 'unknown') END,
  CAST(row_number() OVER (PARTITION BY p.birth_year ORDER BY p.display_name) AS NUMERIC) * 1.5
FROM dating.profiles p;
`);
    expect(into(graph, col("ads.audience_segments", "segment"))).toEqual([col("dating.profiles", "city"), col("dating.profiles", "religion")]);
    expect(into(graph, col("ads.audience_segments", "score"))).toEqual([col("dating.profiles", "birth_year"), col("dating.profiles", "display_name")]);
  });

  it("maps outputs by position onto the catalog's columns when there is no column list", () => {
    const { graph } = analyze(`
INSERT INTO ml.features
SELECT user_id, religion, 2024 - birth_year, 0
FROM dating.profiles;
`);
    expect(into(graph, col("ml.features", "user_id"))).toEqual([col("dating.profiles", "user_id")]);
    expect(into(graph, col("ml.features", "faith"))).toEqual([col("dating.profiles", "religion")]);
    expect(into(graph, col("ml.features", "age"))).toEqual([col("dating.profiles", "birth_year")]);
    expect(into(graph, col("ml.features", "like_count"))).toEqual([]);
  });

  it("resolves unqualified columns through the catalog of the FROM tables", () => {
    const { graph } = analyze(`
INSERT INTO ml.features (user_id, faith, like_count)
SELECT liker_id, religion, liked_id
FROM dating.likes JOIN dating.profiles ON user_id = liker_id;
`);
    expect(into(graph, col("ml.features", "user_id"))).toEqual([col("dating.likes", "liker_id")]);
    expect(into(graph, col("ml.features", "faith"))).toEqual([col("dating.profiles", "religion")]);
    expect(into(graph, tbl("ml.features"), "join")).toEqual([col("dating.likes", "liker_id"), col("dating.profiles", "user_id")]);
  });

  it("handles every join kind and a comma join", () => {
    const { graph } = analyze(`
INSERT INTO ml.features (user_id, faith, age, like_count)
SELECT a.user_id, b.religion, c.liked_id, d.liker_id
FROM dating.profiles a
LEFT JOIN dating.profiles b ON b.user_id = a.user_id
FULL OUTER JOIN dating.likes c ON c.liker_id = a.user_id
CROSS JOIN dating.likes d;
`);
    expect(into(graph, col("ml.features", "faith"))).toEqual([col("dating.profiles", "religion")]);
    expect(into(graph, col("ml.features", "age"))).toEqual([col("dating.likes", "liked_id")]);
    expect(into(graph, col("ml.features", "like_count"))).toEqual([col("dating.likes", "liker_id")]);
  });

  it("records USING columns as join edges", () => {
    const { graph } = analyze(`
INSERT INTO ads.audience_segments (user_id, segment)
SELECT user_id, f.faith FROM dating.profiles JOIN ml.features f USING (user_id);
`);
    expect(into(graph, col("ads.audience_segments", "segment"))).toEqual([col("ml.features", "faith")]);
    expect(into(graph, tbl("ads.audience_segments"), "join")).toEqual([col("dating.profiles", "user_id"), col("ml.features", "user_id")]);
    expect(into(graph, col("ads.audience_segments", "user_id"))).toEqual([col("dating.profiles", "user_id")]);
  });

  it("numbers write sites per statement kind and target within a file", () => {
    const { graph } = analyze(`
INSERT INTO ads.audience_segments (user_id) SELECT user_id FROM dating.profiles;
INSERT INTO ml.features (user_id) SELECT liker_id FROM dating.likes;
INSERT INTO ads.audience_segments (segment) SELECT city FROM dating.profiles;
`);
    expect(edge(graph, col("dating.profiles", "user_id"), col("ads.audience_segments", "user_id"))?.write?.site).toBe("job.sql: insert ads.audience_segments#1");
    expect(edge(graph, col("dating.likes", "liker_id"), col("ml.features", "user_id"))?.write?.site).toBe("job.sql: insert ml.features#1");
    expect(edge(graph, col("dating.profiles", "city"), col("ads.audience_segments", "segment"))?.write).toEqual({
      file: "jobs/job.sql",
      line: 4,
      column: 1,
      site: "job.sql: insert ads.audience_segments#2",
    });
  });
});

describe("INSERT … VALUES", () => {
  it("writes literal rows into the listed columns without inventing sources", () => {
    const { graph, diagnostics } = analyze(`
INSERT INTO ads.audience_segments (user_id, segment) VALUES (1, 'a'), (2, 'b');
INSERT INTO ads.audience_segments (segment) VALUES ((SELECT max(city) FROM dating.profiles));
`);
    expect(diagnostics).toEqual([]);
    expect(into(graph, col("ads.audience_segments", "segment"))).toEqual([col("dating.profiles", "city")]);
    expect(graph.hasNode(col("ads.audience_segments", "user_id"))).toBe(true);
  });
});

describe("CTEs and subqueries", () => {
  it("walks a chain of CTEs down to persistent columns, through intermediate nodes", () => {
    const { graph } = analyze(`
WITH religious_users AS (
  SELECT user_id, religion FROM dating.profiles WHERE religion IS NOT NULL
),
segmented AS (
  SELECT ru.user_id, 'faith:' || ru.religion AS segment FROM religious_users ru
)
INSERT INTO ads.audience_segments (user_id, segment)
SELECT s.user_id, s.segment FROM segmented s;
`);
    const religionCte = "sql-expr:jobs/job.sql:2:6:religious_users.religion";
    const segmentCte = "sql-expr:jobs/job.sql:5:1:segmented.segment";
    expect(graph.node(religionCte)).toMatchObject({ kind: "sql-expr", file: "jobs/job.sql", line: 2, col: 6, note: "CTE religious_users.religion" });
    expect(into(graph, religionCte)).toEqual([col("dating.profiles", "religion")]);
    expect(into(graph, segmentCte)).toEqual([religionCte]);
    expect(into(graph, col("ads.audience_segments", "segment"))).toEqual([segmentCte]);
    expect(edge(graph, segmentCte, col("ads.audience_segments", "segment"))?.write?.site).toBe("job.sql: insert ads.audience_segments#1");
    expect(upstreamColumns(graph, col("ads.audience_segments", "segment"))).toEqual([col("dating.profiles", "religion")]);
    // The CTE's WHERE filters the written table.
    expect(into(graph, tbl("ads.audience_segments"), "filter")).toEqual([col("dating.profiles", "religion")]);
  });

  it("accepts the CTEs after INSERT's target as well", () => {
    const { graph, diagnostics } = analyze(`
INSERT INTO ads.audience_segments (user_id, segment)
WITH r AS (SELECT user_id, religion FROM dating.profiles)
SELECT user_id, religion FROM r;
`);
    expect(diagnostics).toEqual([]);
    expect(upstreamColumns(graph, col("ads.audience_segments", "segment"))).toEqual([col("dating.profiles", "religion")]);
  });

  it("resolves derived tables, nested ones included", () => {
    const { graph } = analyze(`
INSERT INTO ml.features (user_id, faith)
SELECT outer_q.id, outer_q.f
FROM (
  SELECT inner_q.user_id AS id, lower(inner_q.religion) AS f
  FROM (SELECT user_id, religion, city FROM dating.profiles) AS inner_q
) outer_q;
`);
    expect(into(graph, col("ml.features", "faith"))).toEqual(["sql-expr:jobs/job.sql:7:3:outer_q.f"]);
    expect(graph.node("sql-expr:jobs/job.sql:7:3:outer_q.f").note).toBe("subquery outer_q.f");
    expect(upstreamColumns(graph, col("ml.features", "faith"))).toEqual([col("dating.profiles", "religion")]);
    expect(upstreamColumns(graph, col("ml.features", "user_id"))).toEqual([col("dating.profiles", "user_id")]);
  });

  it("treats a scalar subquery in the select list as data and one in WHERE as a filter", () => {
    const { graph } = analyze(`
INSERT INTO ml.features (user_id, like_count)
SELECT p.user_id, (SELECT count(l.liker_id) FROM dating.likes l WHERE l.liked_id = p.user_id)
FROM dating.profiles p
WHERE p.user_id IN (SELECT liker_id FROM dating.likes WHERE liked_at > now() - interval '1 day')
  AND EXISTS (SELECT 1 FROM dating.profiles x WHERE x.email = p.email);
`);
    expect(into(graph, col("ml.features", "like_count"))).toEqual([col("dating.likes", "liker_id")]);
    expect(into(graph, tbl("ml.features"), "filter")).toEqual([
      col("dating.likes", "liked_at"),
      col("dating.likes", "liked_id"),
      col("dating.likes", "liker_id"),
      col("dating.profiles", "email"),
      col("dating.profiles", "user_id"),
    ]);
  });

  it("resolves a recursive CTE without looping", () => {
    const { graph, diagnostics } = analyze(`
WITH RECURSIVE chain(user_id, depth) AS (
  SELECT liker_id, 1 FROM dating.likes
  UNION ALL
  SELECT l.liker_id, c.depth + 1 FROM dating.likes l JOIN chain c ON l.liked_id = c.user_id
)
INSERT INTO ml.features (user_id, age) SELECT user_id, depth FROM chain;
`);
    expect(diagnostics).toEqual([]);
    expect(upstreamColumns(graph, col("ml.features", "user_id"))).toEqual([col("dating.likes", "liker_id")]);
  });
});

describe("stars and unions", () => {
  it("expands * and t.* from the catalog", () => {
    const { graph } = analyze(`
INSERT INTO ml.features
SELECT f.* FROM ml.features f JOIN dating.profiles p ON p.user_id = f.user_id;
CREATE TABLE ml.profile_copy AS SELECT * FROM dating.profiles;
`);
    expect(into(graph, col("ml.features", "faith"))).toEqual([]); // self-copy is a self-loop, not an edge
    expect(into(graph, col("ml.profile_copy", "religion"))).toEqual([col("dating.profiles", "religion")]);
    expect(into(graph, col("ml.profile_copy", "email"))).toEqual([col("dating.profiles", "email")]);
    expect(graph.graph.filterNodes((_, a) => a.kind === "column" && a.table === "ml.profile_copy")).toHaveLength(6);
  });

  it("expands a star over a CTE into the CTE's outputs", () => {
    const { graph } = analyze(`
WITH picked AS (SELECT user_id, religion AS faith FROM dating.profiles)
INSERT INTO ml.features (user_id, faith) SELECT * FROM picked;
`);
    expect(upstreamColumns(graph, col("ml.features", "faith"))).toEqual([col("dating.profiles", "religion")]);
  });

  it("maps UNION branches by position", () => {
    const { graph } = analyze(`
INSERT INTO ads.audience_segments (user_id, segment)
SELECT user_id, religion FROM dating.profiles
UNION ALL
SELECT liker_id, 'liker' FROM dating.likes
UNION
SELECT user_id, faith FROM ml.features;
`);
    expect(into(graph, col("ads.audience_segments", "user_id"))).toEqual([
      col("dating.likes", "liker_id"),
      col("dating.profiles", "user_id"),
      col("ml.features", "user_id"),
    ]);
    expect(into(graph, col("ads.audience_segments", "segment"))).toEqual([col("dating.profiles", "religion"), col("ml.features", "faith")]);
  });

  it("falls back to table-level lineage for * over a table the catalog does not know", () => {
    const { graph } = analyze(`
INSERT INTO ml.features SELECT * FROM raw.events;
CREATE TABLE ml.events_copy AS SELECT e.*, p.religion FROM raw.events e JOIN dating.profiles p ON p.user_id = e.user_id;
`);
    expect(edge(graph, tbl("raw.events"), tbl("ml.features"))).toEqual({
      kind: "data",
      write: { file: "jobs/job.sql", line: 2, column: 1, site: "job.sql: insert ml.features#1" },
    });
    expect(edge(graph, tbl("raw.events"), tbl("ml.events_copy"))?.kind).toBe("data");
    // Outputs after the unknown star cannot be placed: they reach the table node.
    expect(edge(graph, col("dating.profiles", "religion"), tbl("ml.events_copy"))?.kind).toBe("data");
    // A column named through the unknown table is still a column of it.
    expect(into(graph, tbl("ml.events_copy"), "join")).toEqual([col("dating.profiles", "user_id"), col("raw.events", "user_id")]);
  });

  it("names the columns of an unknown target after the query's outputs", () => {
    const { graph } = analyze(`INSERT INTO staging.faith SELECT user_id, religion AS faith FROM dating.profiles;`);
    expect(into(graph, col("staging.faith", "faith"))).toEqual([col("dating.profiles", "religion")]);
    expect(graph.node(col("staging.faith", "faith"))).toMatchObject({ kind: "column", table: "staging.faith", column: "faith", file: "jobs/job.sql", line: 1 });
  });
});

describe("CREATE TABLE, CTAS and views", () => {
  it("adds a node for every declared column at its definition", () => {
    const { graph } = analyze("");
    expect(graph.node(col("dating.profiles", "religion"))).toEqual({
      kind: "column",
      table: "dating.profiles",
      column: "religion",
      file: "schema/warehouse.sql",
      line: 5,
      col: 3,
      sources: [{ label: "religion", kind: "annotation", asset: "dating.profiles.religion" }],
    });
    expect(graph.node(tbl("dating.likes"))).toMatchObject({ kind: "table", table: "dating.likes", file: "schema/warehouse.sql", line: 11 });
    expect(graph.hasNode(col("dating.likes", "primary"))).toBe(false);
  });

  it("writes CTAS columns from the query", () => {
    const { graph } = analyze(`
CREATE TABLE ml.user_faith AS
SELECT p.user_id AS id, upper(p.religion) AS faith_code FROM dating.profiles p;
`);
    expect(into(graph, col("ml.user_faith", "faith_code"))).toEqual([col("dating.profiles", "religion")]);
    expect(edge(graph, col("dating.profiles", "religion"), col("ml.user_faith", "faith_code"))?.write?.site).toBe("job.sql: create table ml.user_faith#1");
    expect(graph.node(col("ml.user_faith", "id"))).toMatchObject({ file: "jobs/job.sql", line: 2, col: 1 });
  });

  it("writes view columns, with an explicit column list or from the query, and marks the table node as a view", () => {
    const { graph } = analyze(`
CREATE OR REPLACE VIEW ads.v_segments (uid, faith) AS
SELECT user_id, religion FROM dating.profiles WHERE city IS NOT NULL;
CREATE VIEW ads.v_all AS SELECT * FROM ads.v_segments;
`);
    expect(into(graph, col("ads.v_segments", "faith"))).toEqual([col("dating.profiles", "religion")]);
    expect(graph.node(tbl("ads.v_segments"))).toMatchObject({ kind: "table", view: true });
    expect(into(graph, col("ads.v_all", "faith"))).toEqual([col("ads.v_segments", "faith")]);
    expect(edge(graph, col("ads.v_segments", "faith"), col("ads.v_all", "faith"))?.write?.site).toBe("job.sql: create view ads.v_all#1");
    expect(into(graph, tbl("ads.v_segments"), "filter")).toEqual([col("dating.profiles", "city")]);
  });

  it("parses CREATE MATERIALIZED VIEW as a view", () => {
    const { graph, diagnostics } = analyze(`CREATE MATERIALIZED VIEW ads.mv AS SELECT religion FROM dating.profiles;`);
    expect(diagnostics).toEqual([]);
    expect(into(graph, col("ads.mv", "religion"))).toEqual([col("dating.profiles", "religion")]);
  });
});

describe("schema catalog", () => {
  it("does not depend on file order: DDL sorted after the job still expands * and maps positions", () => {
    const { graph } = analyze([
      { path: "a_jobs/features.sql", text: "INSERT INTO ml.features SELECT * FROM ml.v_profiles;" },
      { path: "b_views/v.sql", text: "CREATE VIEW ml.v_profiles AS SELECT user_id, religion, birth_year, 0 AS likes FROM dating.profiles;" },
      { path: "z_schema/warehouse.sql", text: WAREHOUSE_DDL },
    ]);
    expect(into(graph, col("ml.features", "faith"))).toEqual([col("ml.v_profiles", "religion")]);
    expect(into(graph, col("ml.features", "age"))).toEqual([col("ml.v_profiles", "birth_year")]);
    expect(into(graph, col("ml.v_profiles", "religion"))).toEqual([col("dating.profiles", "religion")]);
    expect(graph.node(col("ml.features", "faith"))).toMatchObject({ file: "z_schema/warehouse.sql" });
  });

  it("gives the same graph whatever order the files come in", () => {
    const files = [
      { path: "jobs/a.sql", text: "INSERT INTO ml.features SELECT * FROM dating.profiles_v;" },
      { path: "schema/warehouse.sql", text: WAREHOUSE_DDL },
      { path: "schema/views.sql", text: "CREATE VIEW dating.profiles_v AS SELECT user_id, religion FROM dating.profiles;" },
    ];
    const forward = analyze(files).graph.export();
    const backward = analyze([...files].reverse()).graph.export();
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
  });
});

describe("identifiers and dialects", () => {
  it("lower-cases unquoted identifiers, keeps quoted ones, and uses the default schema", () => {
    const { graph } = analyze([
      {
        path: "q.sql",
        text: `
CREATE TABLE "Crm"."Contacts" ("Email" TEXT, Phone TEXT);
CREATE TABLE Leads (email TEXT, phone TEXT);
INSERT INTO LEADS (EMAIL, Phone) SELECT c."Email", C.PHONE FROM "Crm"."Contacts" AS C;
`,
      },
    ]);
    expect(into(graph, col("public.leads", "email"))).toEqual([col("Crm.Contacts", "Email")]);
    expect(into(graph, col("public.leads", "phone"))).toEqual([col("Crm.Contacts", "phone")]);
  });

  it("uses schema.table of a three-part name", () => {
    const { graph } = analyze(`INSERT INTO ml.features (faith) SELECT religion FROM warehouse.dating.profiles;`);
    expect(into(graph, col("ml.features", "faith"))).toEqual([col("dating.profiles", "religion")]);
  });

  it("reads BigQuery, Snowflake and SQL Server quoting", () => {
    const cases: [string, string, string, string][] = [
      [
        "bigquery",
        "CREATE TABLE `proj.dating.profiles` (user_id INT64, Religion STRING);\nINSERT INTO `proj.ads.seg` (uid, seg) SELECT p.user_id, p.Religion FROM `proj.dating.profiles` p;",
        col("dating.profiles", "religion"),
        col("ads.seg", "seg"),
      ],
      [
        "snowflake",
        'CREATE TABLE dating.profiles (user_id INT, "Religion" TEXT);\nINSERT INTO ads.seg (uid, seg) SELECT p.user_id, p."Religion" FROM dating.profiles p QUALIFY row_number() OVER (PARTITION BY p.user_id ORDER BY 1) = 1;',
        col("dating.profiles", "Religion"),
        col("ads.seg", "seg"),
      ],
      [
        "transactsql",
        "CREATE TABLE [dbo].[Profiles] ([UserId] INT, [Religion] NVARCHAR(100));\nINSERT INTO seg (uid, seg) SELECT p.[UserId], p.[Religion] FROM [dbo].[Profiles] p;",
        col("dbo.Profiles", "Religion"),
        col("dbo.seg", "seg"),
      ],
    ];
    for (const [dialect, text, from, to] of cases) {
      const { graph, diagnostics } = analyze([{ path: "a.sql", text }], { dialect, defaultSchema: "dbo" });
      expect(diagnostics).toEqual([]);
      expect(into(graph, to)).toEqual([from]);
    }
  });

  it("reads MySQL backtick identifiers", () => {
    const options = { dialect: "mysql", defaultSchema: "app" };
    const { graph, diagnostics } = analyze(
      [
        { path: "schema.sql", text: "CREATE TABLE `users` (`id` INT, `Email` TEXT, note TEXT); # @label nothing here" },
        { path: "job.sql", text: "INSERT INTO mailing (addr) SELECT u.`Email` FROM users u WHERE u.id > 10;" },
      ],
      options,
    );
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(into(graph, col("app.mailing", "addr"))).toEqual([col("app.users", "Email")]);
    expect(into(graph, tbl("app.mailing"), "filter")).toEqual([col("app.users", "id")]);
  });
});
