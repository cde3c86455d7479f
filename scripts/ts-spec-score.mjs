#!/usr/bin/env node
/**
 * Recall and precision of the TypeScript analyzer on its spec suite, per category.
 *
 *   npm run build && node scripts/ts-spec-score.mjs [--since COMMIT] [--cases DIR]
 *
 * A flow is (label, source file:line, sink file:line, purpose, verdict, kind), as the spec test
 * compares them (kind `implicit` or, when absent, explicit). Expected flows come from each case's expected.json (todo cases included: they are counted
 * as what they are, misses); actual flows from a scan of the case folder with the built analyzer.
 * `--since COMMIT` scores only the cases added after COMMIT (e.g. a held-out batch).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const casesDir = path.resolve(option("--cases") ?? path.join(ROOT, "test/analyzers/typescript/cases"));
const since = option("--since");

const { runScan } = await import(pathToFileURL(path.join(ROOT, "dist/scan/scan.js")).href);

let names = fs
  .readdirSync(casesDir)
  .flatMap((category) => fs.readdirSync(path.join(casesDir, category)).map((name) => `${category}/${name}`))
  .filter((name) => fs.existsSync(path.join(casesDir, name, "expected.json")))
  .sort();
if (since) {
  const added = execFileSync("git", ["diff", "--name-only", "--diff-filter=A", `${since}..HEAD`, "--", casesDir], { cwd: ROOT, encoding: "utf8" });
  const fresh = new Set(added.split("\n").filter(Boolean).map((f) => path.relative(casesDir, path.join(ROOT, f)).split(path.sep).slice(0, 2).join("/")));
  names = names.filter((n) => fresh.has(n));
}

const key = (f) => `${f.label} ${f.source} -> ${f.sink} ${f.purpose} ${f.verdict} ${f.kind ?? "explicit"}`;
const totals = new Map();
const failing = [];
for (const name of names) {
  const dir = path.join(casesDir, name);
  const expected = JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8"));
  const result = runScan({ paths: [dir], cwd: dir });
  const actual = new Set(
    result.flows.map((f) => key({ label: f.label, source: `${f.source.file}:${f.source.line}`, sink: `${f.sink.file}:${f.sink.line}`, purpose: f.sink.purpose, verdict: f.verdict, kind: f.kind })),
  );
  const wanted = new Set(expected.flows.map(key));
  const tp = [...wanted].filter((k) => actual.has(k)).length;
  const category = name.split("/")[0];
  const t = totals.get(category) ?? { cases: 0, exact: 0, tp: 0, fn: 0, fp: 0 };
  t.cases++;
  t.tp += tp;
  t.fn += wanted.size - tp;
  t.fp += actual.size - tp;
  if (tp === wanted.size && actual.size === tp) t.exact++;
  else failing.push(`${name}: ${wanted.size - tp} missed, ${actual.size - tp} extra`);
  totals.set(category, t);
}

const pct = (a, b) => (b === 0 ? "  n/a " : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const all = { cases: 0, exact: 0, tp: 0, fn: 0, fp: 0 };
console.log(`category      cases  exact  flows  recall  precision`);
for (const [category, t] of [...totals].sort()) {
  for (const k of Object.keys(all)) all[k] += t[k];
  console.log(`${category.padEnd(13)} ${String(t.cases).padStart(5)}  ${String(t.exact).padStart(5)}  ${String(t.tp + t.fn).padStart(5)}  ${pct(t.tp, t.tp + t.fn)}  ${pct(t.tp, t.tp + t.fp)}`);
}
console.log(`${"all".padEnd(13)} ${String(all.cases).padStart(5)}  ${String(all.exact).padStart(5)}  ${String(all.tp + all.fn).padStart(5)}  ${pct(all.tp, all.tp + all.fn)}  ${pct(all.tp, all.tp + all.fp)}`);
for (const line of failing) console.log(`  not exact: ${line}`);
