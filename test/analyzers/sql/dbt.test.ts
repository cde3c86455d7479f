import { describe, expect, it } from "vitest";
import { LineageGraph } from "../../../src/graph/lineage-graph.js";
import { analyzeSqlFiles, applyColumnLabels, buildSchemaCatalog, prepareDbtProjects } from "../../../src/analyzers/sql/index.js";
import { col, tbl, upstreamColumns } from "./helpers.js";

const options = { dialect: "postgresql", defaultSchema: "analytics" };

function run(files: Record<string, string>) {
  const all = Object.entries(files).map(([path, text]) => ({ path, text }));
  const dbt = prepareDbtProjects(all.filter((f) => f.path.endsWith(".sql")), all.filter((f) => !f.path.endsWith(".sql")), options);
  const catalog = buildSchemaCatalog(dbt.files, options);
  const graph = new LineageGraph();
  const diagnostics = [...dbt.diagnostics, ...analyzeSqlFiles(dbt.files, graph, options, catalog)];
  applyColumnLabels(graph, catalog, dbt.labels);
  return { graph, diagnostics, files: dbt.files };
}

describe("dbt projects", () => {
  it("labels model and source columns from `meta: { label }` at their YAML line", () => {
    const { graph, diagnostics } = run({
      "dbt_project.yml": "name: shop\n",
      "models/schema.yml": "version: 2\nsources:\n  - name: crm\n    tables:\n      - name: customers\n        columns:\n          - name: email\n            meta:\n              label: email\nmodels:\n  - name: contacts\n    columns:\n      - name: phone\n        meta: { labels: [phone, contact] }\n",
      "models/contacts.sql": "select email, phone from {{ source('crm', 'customers') }}\n",
    });
    expect(diagnostics).toEqual([]);
    expect(graph.node(col("crm.customers", "email")).sources).toEqual([{ label: "email", kind: "annotation", asset: "crm.customers.email" }]);
    expect(graph.node(col("analytics.contacts", "phone")).sources?.map((s) => s.label)).toEqual(["contact", "phone"]);
    expect(upstreamColumns(graph, col("analytics.contacts", "email"))).toEqual([col("crm.customers", "email")]);
  });

  it("keeps each model's lines where they were, and leaves files outside the project alone", () => {
    const { files } = run({
      "dbt/dbt_project.yml": "name: shop\n",
      "dbt/models/m.sql": "-- @purpose ads\n{{ config(materialized='table') }}\n\nselect 1 as one\n",
      "warehouse/ddl.sql": "CREATE TABLE t (a INT);",
    });
    const model = files.find((f) => f.path === "dbt/models/m.sql")!.text;
    expect(model.split("\n")[0]).toBe("-- @purpose ads");
    expect(model.split("\n")[3]).toBe("CREATE TABLE analytics.m AS select 1 as one");
    expect(files.find((f) => f.path === "warehouse/ddl.sql")!.text).toBe("CREATE TABLE t (a INT);");
  });

  it("puts a loop's iterations and inlined ephemeral models on existing lines; an ephemeral model writes nothing", () => {
    const { files, graph, diagnostics } = run({
      "dbt_project.yml": "name: shop\n",
      "models/base.sql": "{{ config(materialized='ephemeral') }}\nselect id,\n  email -- raw\nfrom {{ source('crm', 'customers') }}\n",
      "models/m.sql": "select\n{% for c in ['id', 'email'] %}\n  {{ c }},\n{% endfor %}\n  1 as one\nfrom {{ ref('base') }}\n",
    });
    expect(diagnostics).toEqual([]);
    const model = files.find((f) => f.path === "models/m.sql")!.text.split("\n");
    expect(model).toHaveLength(7);
    expect(model[0]).toMatch(/^CREATE VIEW analytics\.m AS WITH __dbt__cte__base AS \(select id,\s+email\s+from crm\.customers\s*\) select$/);
    expect(model[1]!.trim().split(/\s+/)).toEqual(["id,", "email,"]);
    expect(model[4]).toBe("  1 as one");
    expect(graph.hasNode(tbl("analytics.base"))).toBe(false);
    expect(upstreamColumns(graph, col("analytics.m", "email"))).toEqual([col("crm.customers", "email")]);
  });
});
