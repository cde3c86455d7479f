#!/usr/bin/env node
/**
 * Scores the built analyzer (dist/) on the hold-out cases: recall and precision of data edges (all
 * cases) and of filter / join edges (cases that state them), per category, per dialect and overall.
 * Usage: npm run build && node test/analyzers/sql/holdout/score.mjs [--json] [--diff] [dir]
 *   --json  print the cases in scripts/sql-lineage-dump.mjs's format (for scripts/sqlglot-compare.py)
 *   --diff  list every case whose edges differ from the expectation
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../../../..");
const { analyzeSqlInMemory, columnLineage } = await import(path.join(root, "dist/analyzers/sql/index.js"));

const args = process.argv.slice(2);
const dir = path.resolve(args.find((a) => !a.startsWith("--")) ?? here);
const PURPOSE = "spec-write";

function run(c) {
  const files = [c.schema && { path: "schema/schema.sql", text: c.schema }, c.sql !== undefined && { path: "jobs/job.sql", text: `${c.sql}\n-- @purpose ${PURPOSE}\n` }].filter(Boolean);
  const dbtFiles = Object.entries(c.files ?? {}).map(([p, text]) => ({ path: p, text }));
  const { graph, diagnostics } = analyzeSqlInMemory({ files, dbtFiles, options: { dialect: c.dialect, defaultSchema: c.defaultSchema } });
  return { lineage: columnLineage(graph), diagnostics: diagnostics.filter((d) => !d.message.includes(`@purpose ${PURPOSE}`)) };
}

const cases = [];
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort()) {
  const category = file.replace(/\.yaml$/, "");
  const content = parse(fs.readFileSync(path.join(dir, file), "utf8"));
  const defaults = content.defaults ?? {};
  for (const raw of content.cases) {
    cases.push({ ...raw, category, dialect: raw.dialect ?? defaults.dialect ?? "postgresql", defaultSchema: raw.defaultSchema ?? defaults.defaultSchema ?? "public", schema: raw.schema ?? defaults.schema, edges: raw.edges ?? [] });
  }
}

const groups = new Map();
const group = (key) => {
  if (!groups.has(key)) groups.set(key, { n: 0, data: [0, 0, 0], filter: [0, 0, 0], join: [0, 0, 0], exact: 0, errors: 0 });
  return groups.get(key);
};
const add = (acc, expected, ours) => {
  const e = new Set(expected), o = new Set(ours);
  acc[0] += [...e].filter((x) => o.has(x)).length;
  acc[1] += e.size;
  acc[2] += o.size;
};
const dump = [];
const diffs = [];
for (const c of cases) {
  const { lineage, diagnostics } = run(c);
  const errors = diagnostics.filter((d) => d.severity === "error");
  const exact = JSON.stringify([...c.edges].sort()) === JSON.stringify(lineage.data) && (!c.filter || JSON.stringify([...c.filter].sort()) === JSON.stringify(lineage.filter)) && (!c.join || JSON.stringify([...c.join].sort()) === JSON.stringify(lineage.join));
  for (const key of ["all", `category ${c.category}`, `dialect ${c.dialect}`]) {
    const g = group(key);
    g.n++;
    add(g.data, c.edges, lineage.data);
    if (c.filter) add(g.filter, c.filter, lineage.filter);
    if (c.join) add(g.join, c.join, lineage.join);
    if (exact && errors.length === 0) g.exact++;
    if (errors.length) g.errors++;
  }
  const miss = (exp, ours) => ({ missing: exp.filter((x) => !ours.includes(x)).sort(), extra: ours.filter((x) => !exp.includes(x)).sort() });
  const d = { data: miss(c.edges, lineage.data), filter: c.filter ? miss(c.filter, lineage.filter) : null, join: c.join ? miss(c.join, lineage.join) : null };
  if (!exact || errors.length) diffs.push({ id: `${c.category}/${c.name}`, dialect: c.dialect, todo: c.todo ?? null, ...d, notSourcesViolated: (c.notSources ?? []).filter((s) => lineage.data.some((e) => e.startsWith(`${s} -> `))), errors: errors.map((e) => e.message), ourFilter: lineage.filter, ourJoin: lineage.join });
  dump.push({ id: `${c.category}/${c.name}`, category: c.category, dialect: c.dialect, defaultSchema: c.defaultSchema, schema: c.schema ?? "", sql: c.sql ?? "", dbt: Object.keys(c.files ?? {}).length > 0, todo: c.todo ?? null, expected: [...c.edges].sort(), ours: lineage.data, filter: lineage.filter, join: lineage.join, diagnostics: diagnostics.map((x) => `${x.file}:${x.line} ${x.severity}: ${x.message}`) });
}

if (args.includes("--json")) {
  process.stdout.write(`${JSON.stringify(dump, null, 1)}\n`);
} else {
  const pct = ([tp, e, f], which) => (which === "r" ? (e ? tp / e : 1) : f ? tp / f : e === 0 ? 1 : 0);
  const fmt = (acc) => (acc[1] === 0 && acc[2] === 0 ? "     -         -  " : `${(pct(acc, "r") * 100).toFixed(1).padStart(6)}% ${(pct(acc, "p") * 100).toFixed(1).padStart(6)}%`);
  process.stdout.write(`${cases.length} cases; recall / precision\n\n${"group".padEnd(34)} cases exact err   data R   data P   filt R   filt P   join R   join P\n`);
  const keys = [...groups.keys()].sort((a, b) => (a === "all" ? -1 : b === "all" ? 1 : a < b ? -1 : 1));
  for (const k of keys) {
    const g = groups.get(k);
    process.stdout.write(`${k.padEnd(34)} ${String(g.n).padStart(5)} ${String(g.exact).padStart(5)} ${String(g.errors).padStart(3)}  ${fmt(g.data)}  ${fmt(g.filter)}  ${fmt(g.join)}\n`);
  }
  if (args.includes("--diff")) process.stdout.write(`\n${JSON.stringify(diffs, null, 1)}\n`);
}
