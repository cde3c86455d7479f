#!/usr/bin/env node
/**
 * Benchmark figures for `lineage scan` (figures only, never pass/fail).
 *
 *   npm run bench [-- [options] [DIR[=CONFIG] ...]]
 *
 *   --runs N        measurements per command; the median is printed (default 3)
 *   --sql           also run the SQL throughput section (bare parse vs our lineage)
 *   --sql-only      only the SQL section
 *   --statements N  size of the generated SQL corpus (default 3000 transformations + the DDL)
 *   --no-fixtures   skip the folders in fixtures/
 *   --no-tsc        skip the `tsc --noEmit` baseline
 *   --rss time|probe  how peak memory is read (default: time when /usr/bin/time exists)
 *
 * Targets: every folder in fixtures/, then the DIRs on the command line, then the colon-separated
 * DIRs in env LINEAGE_BENCH_REPOS. `DIR=CONFIG` passes `--config CONFIG` to the scan (for a repo
 * whose lineage config lives outside it).
 *
 * What is measured, per target:
 * - scan: `node bin/lineage scan DIR --format json --fail-on none [--config CONFIG]` in a child
 *   process; files / flows / violations / diagnostics are read from its JSON summary.
 * - tsc:  `node node_modules/typescript/bin/tsc --noEmit -p TSCONFIG --incremental false
 *   --diagnostics`, TSCONFIG being the config's `tsconfig` (relative to the config file, as the
 *   scan resolves it) else DIR/tsconfig.json. This is what `npx tsc` runs, minus npx's own start-up
 *   (~0.3 s) that would otherwise tilt the ratio. `--incremental false` keeps every run cold and
 *   stops tsc writing a .tsbuildinfo into the scanned tree; `--diagnostics` gives tsc's file count.
 *   Type errors (e.g. missing node_modules) are expected and ignored: only time and memory matter.
 * - wall time: measured in this process around the child's spawn → exit.
 * - peak memory: max RSS of the child. With `/usr/bin/time -v -o FILE` (Debian package `time`)
 *   it is the kernel's ru_maxrss of the child. Without it, a preload (`--import`, through
 *   NODE_OPTIONS) writes `process.resourceUsage().maxRSS` at exit: the same kernel figure, read
 *   from inside the node child (both commands are node processes, so this is exact, not sampled).
 *
 * The SQL section (in process): a generated warehouse (50 tables in raw/staging/mart, then
 * INSERT…SELECT with joins, aggregates and CTEs, CTAS and views; seeded, so every run is the same
 * corpus) timed three ways, statements/second each: node-sql-parser's bare `astify` per statement,
 * libpg-query's bare `parseSync` per statement (when installed: our lineage parses PostgreSQL with
 * it first), and our lineage (`buildSchemaCatalog` + `analyzeSqlFiles` into a fresh LineageGraph,
 * parse included). Goal: lineage at ≥ 50% of node-sql-parser's bare throughput.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const LINEAGE_BIN = path.join(ROOT, "bin", "lineage");
const TSC_BIN = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
const GNU_TIME = "/usr/bin/time";

async function main(argv) {
  const options = parseArgs(argv);
  if (!fs.existsSync(path.join(ROOT, "dist", "cli", "main.js"))) {
    fail("dist/ is missing: run `npm run build` first");
  }
  if (!options.sqlOnly) await scanSection(options);
  if (options.sql || options.sqlOnly) await sqlSection(options);
}

// ---------------------------------------------------------------------------------------------
// Arguments and targets

function parseArgs(argv) {
  const options = {
    runs: 3, sql: false, sqlOnly: false, statements: 3000, fixtures: true, tsc: true,
    rss: fs.existsSync(GNU_TIME) ? "time" : "probe", specs: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === "--runs") options.runs = positiveInt(arg, value());
    else if (arg === "--statements") options.statements = positiveInt(arg, value());
    else if (arg === "--sql") options.sql = true;
    else if (arg === "--sql-only") options.sqlOnly = true;
    else if (arg === "--no-fixtures") options.fixtures = false;
    else if (arg === "--no-tsc") options.tsc = false;
    else if (arg === "--rss") options.rss = oneOf(arg, value(), ["time", "probe"]);
    else if (arg.startsWith("--")) fail(`unknown option ${arg}`);
    else options.specs.push(arg);
  }
  if (options.rss === "time" && !fs.existsSync(GNU_TIME)) fail(`--rss time: ${GNU_TIME} not found (apt-get install time)`);
  return options;
}

function positiveInt(flag, text) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) fail(`${flag} expects a positive integer, got "${text}"`);
  return n;
}

function oneOf(flag, text, allowed) {
  if (!allowed.includes(text)) fail(`${flag} expects one of ${allowed.join(", ")}, got "${text}"`);
  return text;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

/** fixtures/*, then command-line DIRs, then LINEAGE_BENCH_REPOS; each `DIR` or `DIR=CONFIG`. */
function collectTargets(options) {
  const specs = [];
  if (options.fixtures) {
    const fixtures = path.join(ROOT, "fixtures");
    for (const entry of fs.readdirSync(fixtures, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory()) specs.push(path.join(fixtures, entry.name));
    }
  }
  specs.push(...options.specs);
  specs.push(...(process.env.LINEAGE_BENCH_REPOS ?? "").split(":").filter(Boolean));
  return specs.map(toTarget);
}

function toTarget(spec) {
  const eq = spec.lastIndexOf("=");
  const dir = path.resolve(eq > 0 ? spec.slice(0, eq) : spec);
  const config = eq > 0 ? path.resolve(spec.slice(eq + 1)) : undefined;
  if (!fs.existsSync(dir)) fail(`${dir}: no such directory`);
  if (config && !fs.existsSync(config)) fail(`${config}: no such config file`);
  return { dir, config, name: targetName(dir), tsconfig: findTsconfig(dir, config) };
}

/** Folder name, plus the short commit when the folder is a git work tree (so figures name a version). */
function targetName(dir) {
  const name = path.relative(ROOT, dir).startsWith("fixtures") ? path.relative(ROOT, dir) : path.basename(dir);
  // Only the target's own work tree: our fixtures (or a folder inside another repo) have no commit of their own.
  if (!fs.existsSync(path.join(dir, ".git"))) return name;
  const git = spawnSync("git", ["-C", dir, "rev-parse", "--short", "HEAD"], { encoding: "utf8" });
  return git.status === 0 ? `${name}@${git.stdout.trim()}` : name;
}

/** The tsconfig the scan would use: the config's `tsconfig` key (relative to the config), else DIR/tsconfig.json. */
function findTsconfig(dir, explicitConfig) {
  const config = explicitConfig ?? path.join(dir, "lineage.config.json");
  if (fs.existsSync(config)) {
    const key = readJsonc(config)?.tsconfig;
    if (typeof key === "string") return path.resolve(path.dirname(config), key);
  }
  const fallback = path.join(dir, "tsconfig.json");
  return fs.existsSync(fallback) ? fallback : undefined;
}

/** Config files are JSONC; strip comments and trailing commas (strings kept intact) and parse. */
function readJsonc(file) {
  const text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const stripped = text
    .replace(/("(?:\\.|[^"\\])*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m, str) => str ?? "")
    .replace(/("(?:\\.|[^"\\])*")|,(\s*[}\]])/g, (m, str, tail) => str ?? tail);
  try {
    return JSON.parse(stripped);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Running a child and reading its wall time and peak RSS

/** The preload used when /usr/bin/time is absent: writes the node child's own ru_maxrss (KiB) at exit. */
function probeFile() {
  const file = path.join(os.tmpdir(), "lineage-bench-rss-probe.mjs");
  fs.writeFileSync(file, [
    'import { writeFileSync } from "node:fs";',
    'process.on("exit", () => writeFileSync(process.env.LINEAGE_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));',
    "",
  ].join("\n"));
  return file;
}

/** Runs `node args…` once; resolves { ms, rssKb, code, stdout, stderr }. */
function runNode(args, rssMethod) {
  const rssFile = path.join(os.tmpdir(), `lineage-bench-${process.pid}-${Math.random().toString(36).slice(2)}.rss`);
  let command = process.execPath;
  let commandArgs = args;
  const env = { ...process.env };
  if (rssMethod === "time") {
    command = GNU_TIME;
    commandArgs = ["-v", "-o", rssFile, process.execPath, ...args];
  } else {
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --import=${pathToFileURL(probeFile()).href}`.trim();
    env.LINEAGE_BENCH_RSS_FILE = rssFile;
  }
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    const stdout = [];
    const stderr = [];
    child.stdout.on("data", (chunk) => stdout.push(chunk));
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (exitCode, signal) => {
      const code = exitCode ?? signal; // a crash (OOM abort) ends by signal, not exit code
      const ms = performance.now() - started;
      const rssKb = readRss(rssFile, rssMethod);
      fs.rmSync(rssFile, { force: true });
      resolve({ ms, rssKb, code, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") });
    });
  });
}

function readRss(file, method) {
  if (!fs.existsSync(file)) return NaN;
  const text = fs.readFileSync(file, "utf8");
  if (method === "probe") return Number(text.trim());
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
  return match ? Number(match[1]) : NaN;
}

/** Runs a command `runs` times; the median time and the median peak RSS, plus the last run's output. */
async function measure(args, options) {
  const samples = [];
  for (let i = 0; i < options.runs; i++) samples.push(await runNode(args, options.rss));
  return {
    ms: median(samples.map((s) => s.ms)),
    rssKb: median(samples.map((s) => s.rssKb)),
    last: samples[samples.length - 1],
  };
}

function median(values) {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// ---------------------------------------------------------------------------------------------
// Section 1: scan vs tsc per target

async function scanSection(options) {
  const targets = collectTargets(options);
  console.log(`lineage scan vs tsc --noEmit — median of ${options.runs} run(s); peak RSS via ${
    options.rss === "time" ? "/usr/bin/time -v (ru_maxrss)" : "process.resourceUsage().maxRSS preload"}; node ${process.version}`);
  // Timings are only comparable on a quiet machine: say how busy it was.
  console.log(`${os.cpus().length} CPU(s), load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} at start`);
  const rows = [];
  for (const target of targets) {
    process.stderr.write(`bench: ${target.name} …\n`);
    rows.push(await benchTarget(target, options));
  }
  printTable(
    ["target", "files", "flows", "viol.", "diags", "scan s", "scan MB", "tsc files", "tsc s", "tsc MB", "time ×", "mem ×"],
    rows.map((r) => [
      r.name, r.files, r.flows, r.violations, r.diagnostics,
      seconds(r.scan.ms), megabytes(r.scan.rssKb),
      r.tsc?.files ?? "–", r.tsc ? seconds(r.tsc.ms) : "–", r.tsc ? megabytes(r.tsc.rssKb) : "–",
      // No ratio for a scan that failed: its time and memory are those of the crash.
      r.tsc && !r.failed ? ratio(r.scan.ms, r.tsc.ms) : "–", r.tsc && !r.failed ? ratio(r.scan.rssKb, r.tsc.rssKb) : "–",
    ]),
  );
  for (const r of rows) if (r.note) console.log(`  ${r.name}: ${r.note}`);
  console.log("  time × / mem × = scan / tsc (below 1: the scan is cheaper than type-checking the same project)");
}

async function benchTarget(target, options) {
  const scanArgs = [LINEAGE_BIN, "scan", target.dir, "--format", "json", "--fail-on", "none"];
  if (target.config) scanArgs.push("--config", target.config);
  const scan = await measure(scanArgs, options);
  const row = { name: target.name, scan, ...scanSummary(scan.last) };
  if (options.tsc && target.tsconfig) {
    const tsc = await measure([TSC_BIN, "--noEmit", "-p", target.tsconfig, "--incremental", "false", "--diagnostics"], options);
    const files = /^Files:\s+(\d+)/m.exec(tsc.last.stdout);
    row.tsc = { ...tsc, files: files ? Number(files[1]) : "?" };
  } else if (options.tsc) {
    row.note = [row.note, "no tsconfig (config `tsconfig` key or DIR/tsconfig.json): no tsc baseline"].filter(Boolean).join("; ");
  }
  return row;
}

/** files / flows / violations / diagnostics from the scan's JSON report, or a note when it did not run. */
function scanSummary(run) {
  try {
    const { summary } = JSON.parse(run.stdout);
    return { files: summary.files, flows: summary.flows, violations: summary.violations, diagnostics: summary.diagnostics };
  } catch {
    // A crash prints a banner first (V8's "Last few GCs"); the line naming the error says more.
    const lines = run.stderr.split("\n").map((l) => l.trim()).filter(Boolean);
    const why = lines.find((l) => /FATAL ERROR|^\w*Error\b|^lineage\b/.test(l)) ?? lines[0] ?? "no JSON on stdout";
    return { files: "?", flows: "?", violations: "?", diagnostics: "?", failed: true, note: `scan failed (exit ${run.code}): ${why}` };
  }
}

// ---------------------------------------------------------------------------------------------
// Section 2: SQL throughput, bare parse vs our lineage

async function sqlSection(options) {
  // Imported here so the scan section works even when only the CLI entry point is built.
  const { default: NodeSqlParser } = await import("node-sql-parser");
  const { analyzeSqlFiles, buildSchemaCatalog } = await import(pathToFileURL(path.join(ROOT, "dist/analyzers/sql/index.js")).href);
  const { LineageGraph } = await import(pathToFileURL(path.join(ROOT, "dist/graph/lineage-graph.js")).href);

  const corpus = generateCorpus(options.statements, 0x5eed);
  const statements = corpus.flatMap((f) => f.statements);
  const files = corpus.map((f) => ({ path: f.path, text: f.statements.map((s) => `${s};\n`).join("\n") }));
  const sqlOptions = { dialect: "postgresql", defaultSchema: "public" };
  const parser = new NodeSqlParser.Parser();

  let parseErrors = 0;
  const bare = () => {
    parseErrors = 0;
    for (const text of statements) {
      try {
        parser.astify(text, { database: "postgresql" });
      } catch {
        parseErrors++;
      }
    }
  };
  let diagnostics = [];
  let graph;
  const lineage = () => {
    // Catalog and analysis together: the catalog parses each file once and analysis reuses it,
    // so this is the whole cost of SQL lineage, parse included, as `lineage scan` pays it.
    graph = new LineageGraph();
    const catalog = buildSchemaCatalog(files, sqlOptions);
    diagnostics = analyzeSqlFiles(files, graph, sqlOptions, catalog);
  };

  // PostgreSQL's own parser (libpg-query, WebAssembly) is what our lineage tries first for
  // postgresql, so its bare parse is the second yardstick; optional, as the analyzer treats it.
  const pg = await loadPostgresParser();
  let pgErrors = 0;
  const barePg = () => {
    pgErrors = 0;
    for (const text of statements) {
      try {
        pg.parseSync(text);
      } catch {
        pgErrors++;
      }
    }
  };

  const bareMs = timeInProcess(bare, options.runs);
  const pgMs = pg ? timeInProcess(barePg, options.runs) : NaN;
  const lineageMs = timeInProcess(lineage, options.runs);
  const rate = (ms) => statements.length / (ms / 1000);

  console.log("");
  console.log(`SQL throughput — ${statements.length} statements in ${files.length} files (50-table generated warehouse, postgresql, seed 0x5eed); median of ${options.runs} run(s) after a warm-up`);
  const rows = [["node-sql-parser astify (bare)", seconds(bareMs), Math.round(rate(bareMs)), `${parseErrors} parse errors`]];
  if (pg) rows.push(["libpg-query parseSync (bare)", seconds(pgMs), Math.round(rate(pgMs)), `${pgErrors} parse errors`]);
  else rows.push(["libpg-query parseSync (bare)", "–", "–", "not installed / WebAssembly did not load"]);
  rows.push(["lineage (catalog + analyzeSqlFiles)", seconds(lineageMs), Math.round(rate(lineageMs)),
    `${diagnostics.length} diagnostics; graph ${graph.graph.order} nodes, ${graph.graph.size} edges`]);
  printTable(["step", "total s", "statements/s", "notes"], rows);
  console.log(`  lineage / node-sql-parser bare throughput: ${percent(bareMs / lineageMs)} (goal ≥ 50%)`);
  if (pg) console.log(`  lineage / libpg-query bare throughput:     ${percent(pgMs / lineageMs)}`);
}

/** libpg-query with its WebAssembly loaded, or undefined (it is optional for the analyzer too). */
async function loadPostgresParser() {
  try {
    const pg = await import("libpg-query");
    await pg.loadModule();
    return pg;
  } catch {
    return undefined;
  }
}

function percent(share) {
  return Number.isNaN(share) ? "?" : `${(share * 100).toFixed(0)}%`;
}

/** One warm-up call (JIT, parser caches), then the median of `runs` timed calls, in ms. */
function timeInProcess(fn, runs) {
  fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

// ---------------------------------------------------------------------------------------------
// The generated warehouse: ~50 tables in raw / staging / mart, then jobs reading and writing them.
// Deterministic (seeded PRNG), so runs and machines compare like for like.

/** mulberry32: tiny, fast, good enough to pick tables and columns reproducibly. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    sample: (list, n) => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, Math.min(n, copy.length));
    },
  };
}

const ENTITIES = [
  "users", "accounts", "orders", "order_items", "payments", "sessions", "events", "products", "invoices",
  "subscriptions", "refunds", "shipments", "addresses", "devices", "campaigns", "clicks", "tickets",
];
const COLUMN_POOL = [
  ["email", "TEXT"], ["full_name", "TEXT"], ["phone", "TEXT"], ["country", "TEXT"], ["city", "TEXT"],
  ["status", "TEXT"], ["channel", "TEXT"], ["currency", "CHAR(3)"], ["amount", "NUMERIC(12,2)"],
  ["quantity", "INTEGER"], ["score", "DOUBLE PRECISION"], ["ip_address", "TEXT"], ["birth_date", "DATE"],
  ["created_at", "TIMESTAMP"], ["updated_at", "TIMESTAMP"], ["is_active", "BOOLEAN"], ["plan", "TEXT"],
  ["referrer", "TEXT"], ["user_agent", "TEXT"], ["discount", "NUMERIC(12,2)"],
];
const NUMERIC = new Set(["amount", "quantity", "score", "discount"]);

function generateSchema(r) {
  const tables = [];
  const layers = [["raw", 20], ["staging", 15], ["mart", 15]];
  for (const [schema, count] of layers) {
    for (let i = 0; i < count; i++) {
      const entity = ENTITIES[(i + schema.length) % ENTITIES.length];
      const name = `${schema}.${entity}_${i}`;
      const columns = [["id", "BIGINT PRIMARY KEY"], ["user_id", "BIGINT"], ...r.sample(COLUMN_POOL, 6 + r.int(9))];
      tables.push({ name, schema, columns: columns.map(([c]) => c), ddl: columns });
    }
  }
  return tables;
}

function createTable(table) {
  return `CREATE TABLE ${table.name} (\n  ${table.ddl.map(([c, t]) => `${c} ${t}`).join(",\n  ")}\n)`;
}

/** A select-list expression over `alias.column`, in the shapes warehouse jobs use. */
function expression(r, alias, column) {
  const ref = `${alias}.${column}`;
  switch (r.int(6)) {
    case 0: return NUMERIC.has(column) ? `COALESCE(${ref}, 0)` : `COALESCE(${ref}, 'unknown')`;
    case 1: return NUMERIC.has(column) ? `ROUND(${ref} * 1.2, 2)` : `LOWER(TRIM(${ref}))`;
    case 2: return `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE ${ref} END`;
    case 3: return `CAST(${ref} AS TEXT)`;
    default: return ref;
  }
}

/** `FROM a JOIN b ON … [LEFT JOIN c ON …]` over 2–3 tables joined on user_id; returns aliases too. */
function joinedSources(r, readable) {
  const sources = r.sample(readable, 2 + r.int(2)).map((table, i) => ({ table, alias: `t${i}` }));
  const [first, ...rest] = sources;
  const joins = rest.map(({ table, alias }, i) =>
    `${i === 1 ? "LEFT JOIN" : "JOIN"} ${table.name} ${alias} ON ${alias}.user_id = ${first.alias}.user_id`);
  return { sources, from: `FROM ${first.table.name} ${first.alias}\n${joins.join("\n")}` };
}

/** Output expressions: for each target column, a random source column's expression. */
function selectList(r, sources, targetColumns) {
  return targetColumns.map((column) => {
    const { table, alias } = r.pick(sources);
    const sourceColumn = table.columns.includes(column) ? column : r.pick(table.columns);
    return `${expression(r, alias, sourceColumn)} AS ${column}`;
  });
}

function insertSelect(r, target, readable) {
  const columns = r.sample(target.columns, 3 + r.int(5));
  const { sources, from } = joinedSources(r, readable);
  const where = `WHERE ${sources[0].alias}.id > ${r.int(1000)}`;
  return `INSERT INTO ${target.name} (${columns.join(", ")})\nSELECT ${selectList(r, sources, columns).join(",\n       ")}\n${from}\n${where}`;
}

function insertAggregate(r, target, readable) {
  const { sources, from } = joinedSources(r, readable);
  const key = `${sources[0].alias}.user_id`;
  const { table, alias } = r.pick(sources);
  const measure = table.columns.find((c) => NUMERIC.has(c)) ?? "id";
  return `INSERT INTO ${target.name} (user_id, ${target.columns[2]})\nSELECT ${key}, SUM(${alias}.${measure})\n${from}\nGROUP BY ${key}\nHAVING COUNT(*) > 1`;
}

function insertWithCte(r, target, readable) {
  const columns = r.sample(target.columns, 3 + r.int(4));
  const { sources, from } = joinedSources(r, readable);
  const cte = `WITH base AS (\n  SELECT ${sources[0].alias}.user_id AS uid, ${selectList(r, sources, columns).join(", ")}\n  ${from}\n)`;
  const ranked = `ranked AS (\n  SELECT b.*, ROW_NUMBER() OVER (PARTITION BY b.uid ORDER BY b.${columns[0]}) AS rn FROM base b\n)`;
  return `INSERT INTO ${target.name} (${columns.join(", ")})\n${cte},\n${ranked}\nSELECT ${columns.map((c) => `ranked.${c}`).join(", ")} FROM ranked WHERE ranked.rn = 1`;
}

function createTableAs(r, name, readable) {
  const { sources, from } = joinedSources(r, readable);
  const columns = r.sample(COLUMN_POOL.map(([c]) => c), 3 + r.int(5));
  return `CREATE TABLE ${name} AS\nSELECT ${sources[0].alias}.user_id, ${selectList(r, sources, columns).join(",\n       ")}\n${from}`;
}

function createView(r, name, readable) {
  const { sources, from } = joinedSources(r, readable);
  const columns = r.sample(COLUMN_POOL.map(([c]) => c), 2 + r.int(4));
  const first = sources[0].alias;
  const window = `DENSE_RANK() OVER (PARTITION BY ${first}.user_id ORDER BY ${first}.id DESC) AS recency_rank`;
  return `CREATE OR REPLACE VIEW ${name} AS\nSELECT ${first}.user_id, ${selectList(r, sources, columns).join(",\n       ")},\n       ${window}\n${from}`;
}

/**
 * The corpus as files: schema.sql with the 50 CREATE TABLEs, then job files of 25 statements each
 * (a mix of INSERT…SELECT with joins, aggregates, CTEs, CTAS and views), as a dbt-less warehouse has.
 */
function generateCorpus(count, seed) {
  const r = rng(seed);
  const tables = generateSchema(r);
  const readable = tables.filter((t) => t.schema !== "mart");
  const writable = tables.filter((t) => t.schema !== "raw");
  const files = [{ path: "warehouse/schema.sql", statements: tables.map(createTable) }];
  const jobs = [];
  for (let i = 0; i < count; i++) {
    const kind = r.int(20);
    const target = r.pick(writable);
    if (kind < 7) jobs.push(insertSelect(r, target, readable));
    else if (kind < 10) jobs.push(insertAggregate(r, target, readable));
    else if (kind < 14) jobs.push(insertWithCte(r, target, readable));
    else if (kind < 17) jobs.push(createTableAs(r, `mart.derived_${i}`, readable));
    else jobs.push(createView(r, `mart.view_${i}`, readable));
  }
  for (let i = 0; i < jobs.length; i += 25) {
    files.push({ path: `warehouse/jobs/job_${String(i / 25).padStart(4, "0")}.sql`, statements: jobs.slice(i, i + 25) });
  }
  return files;
}

// ---------------------------------------------------------------------------------------------
// Output

function seconds(ms) {
  return Number.isNaN(ms) ? "?" : (ms / 1000).toFixed(2);
}

function megabytes(kb) {
  return Number.isNaN(kb) ? "?" : (kb / 1024).toFixed(0);
}

function ratio(a, b) {
  return Number.isNaN(a) || Number.isNaN(b) || b === 0 ? "?" : (a / b).toFixed(2);
}

/** A plain-text table: columns of figures right-aligned, text columns left-aligned. */
function printTable(header, rows) {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const numeric = header.map((_, i) => rows.every((row) => /^(-?[\d.]+%?|–|\?)$/.test(String(row[i]))));
  const line = (row) => row.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join("  ").trimEnd();
  console.log(line(cells[0]));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of cells.slice(1)) console.log(line(row));
}

// Last, so every top-level constant above is initialised before main reads it.
await main(process.argv.slice(2));
