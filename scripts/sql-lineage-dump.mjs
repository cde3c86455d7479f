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
import { analyzeSqlInMemory, columnLineage } from "../dist/analyzers/sql/index.js";
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
    const jobFiles = [c.schema && { path: "schema/schema.sql", text: c.schema }, c.sql !== undefined && { path: "jobs/job.sql", text: c.sql }].filter(Boolean);
    const dbtFiles = Object.entries(c.files ?? {}).map(([p, text]) => ({ path: p, text }));
    const started = process.hrtime.bigint();
    const { graph, files, diagnostics } = analyzeSqlInMemory({ files: jobFiles, dbtFiles, options });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    for (const file of files) {
      for (const statement of parseSqlFile(file.text, parserDialect(c.dialect)).statements) {
        if (!statement.result) continue;
        const by = (parsedBy[c.dialect] ??= {});
        const parser = "asts" in statement.result ? statement.result.parser : "none";
        by[parser] = (by[parser] ?? 0) + 1;
      }
    }
    const lineage = columnLineage(graph);
    out.push({
      id: `${category}/${c.name}`,
      category,
      dialect: c.dialect,
      defaultSchema: c.defaultSchema,
      schema: c.schema ?? "",
      sql: c.sql ?? "",
      dbt: dbtFiles.length > 0,
      todo: c.todo ?? null,
      expected: [...c.edges].sort(),
      ours: lineage.data,
      filter: lineage.filter,
      join: lineage.join,
      diagnostics: diagnostics.map((d) => `${d.file}:${d.line} ${d.severity}: ${d.message}`),
      ms,
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
