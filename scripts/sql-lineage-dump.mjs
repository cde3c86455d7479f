#!/usr/bin/env node
/**
 * Runs the SQL lineage spec (test/analyzers/sql/cases/*.yaml) through the built analyzer (dist/)
 * and prints, as JSON, each case with its expected edges and ours. Read by
 * scripts/sqlglot-compare.py. Usage: npm run build && node scripts/sql-lineage-dump.mjs [filter] > ours.json
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { analyzeSqlFiles, applyColumnLabels, buildSchemaCatalog, columnLineage, prepareDbtProjects } from "../dist/analyzers/sql/index.js";
import { LineageGraph } from "../dist/graph/lineage-graph.js";
import { parseSqlFile, parserDialect } from "../dist/analyzers/sql/parse.js";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dir = path.join(root, "test/analyzers/sql/cases");
const coverage = process.argv.includes("--coverage");
const filter = process.argv.slice(2).find((a) => !a.startsWith("--"));
/** dialect → parser that read each statement ("none" when none did). */
const parsedBy = {};
const out = [];
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort()) {
  const category = file.replace(/\.yaml$/, "");
  const content = parse(fs.readFileSync(path.join(dir, file), "utf8"));
  const defaults = content.defaults ?? {};
  for (const raw of content.cases) {
    const c = {
      ...raw,
      category,
      dialect: raw.dialect ?? defaults.dialect ?? "postgresql",
      defaultSchema: raw.defaultSchema ?? defaults.defaultSchema ?? "public",
      schema: raw.schema ?? defaults.schema,
      edges: raw.edges ?? [],
    };
    if (filter && !`${category}/${c.name}`.includes(filter)) continue;
    const options = { dialect: c.dialect, defaultSchema: c.defaultSchema };
    let files = [];
    if (c.schema) files.push({ path: "schema/schema.sql", text: c.schema });
    if (c.sql !== undefined) files.push({ path: "jobs/job.sql", text: c.sql });
    const other = Object.entries(c.files ?? {}).map(([p, text]) => ({ path: p, text }));
    let labels = [];
    const diagnostics = [];
    if (other.length > 0) {
      const dbt = prepareDbtProjects(other.filter((f) => f.path.endsWith(".sql")), other.filter((f) => !f.path.endsWith(".sql")), options);
      files.push(...dbt.files);
      labels = dbt.labels;
    }
    files = files.sort((a, b) => (a.path < b.path ? -1 : 1));
    for (const file of files) {
      for (const statement of parseSqlFile(file.text, parserDialect(c.dialect)).statements) {
        if (!statement.result) continue;
        const by = (parsedBy[c.dialect] ??= {});
        const parser = "asts" in statement.result ? statement.result.parser : "none";
        by[parser] = (by[parser] ?? 0) + 1;
      }
    }
    const started = process.hrtime.bigint();
    const catalog = buildSchemaCatalog(files, options);
    const graph = new LineageGraph();
    diagnostics.push(...analyzeSqlFiles(files, graph, options, catalog));
    applyColumnLabels(graph, catalog, labels);
    const lineage = columnLineage(graph);
    out.push({
      id: `${category}/${c.name}`,
      category,
      dialect: c.dialect,
      defaultSchema: c.defaultSchema,
      schema: c.schema ?? "",
      sql: c.sql ?? "",
      dbt: other.length > 0,
      todo: c.todo ?? null,
      expected: [...c.edges].sort(),
      ours: lineage.data,
      filter: lineage.filter,
      join: lineage.join,
      diagnostics: diagnostics.map((d) => `${d.file}:${d.line} ${d.severity}: ${d.message}`),
      ms: Number(process.hrtime.bigint() - started) / 1e6,
    });
  }
}
if (coverage) {
  // Parse coverage: which parser read each statement the analyzer parses, per dialect.
  for (const [dialect, by] of Object.entries(parsedBy).sort()) {
    const total = Object.values(by).reduce((a, b) => a + b, 0);
    const own = by[dialect] ?? (dialect === "postgresql" ? by["libpg-query"] ?? 0 : 0);
    const none = by.none ?? 0;
    const detail = Object.entries(by).sort().map(([k, v]) => `${k} ${v}`).join(", ");
    process.stdout.write(`${dialect.padEnd(12)} ${total} statements: own grammar ${((own / total) * 100).toFixed(1)}%, with fallbacks ${(((total - none) / total) * 100).toFixed(1)}%  (${detail})\n`);
  }
} else process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
