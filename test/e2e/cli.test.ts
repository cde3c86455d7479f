import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { SerializedLineageGraph } from "../../src/graph/lineage-graph.js";
import { validateReport } from "../../src/report/validate.js";
import { brief, copyFixture, fixture, lineage, repoRoot, scanJson, tempDir } from "./helpers.js";

describe("bad input never crashes a scan", () => {
  it("reports an unparsable .ts and a broken SQL statement as error diagnostics and still finds every flow", async () => {
    const dir = copyFixture("dating-app");
    fs.writeFileSync(path.join(dir, "src/broken.ts"), "export function broken( {\n  const x = ;\n");
    fs.writeFileSync(
      path.join(dir, "warehouse/jobs/broken.sql"),
      "-- nightly cleanup\nSELECT 1;\n\nINSERT INTO ads.audience_segments (user_id SELECT FROM;\n\nINSERT INTO ads.audience_segments (user_id, segment, religion_segment, city)\nSELECT user_id, 'x', religion, city FROM dating.profiles;\n",
    );
    const { run, report } = await scanJson(dir);
    expect(run.code).toBe(1);
    const errors = report.diagnostics.filter((d) => d.severity === "error");
    expect(errors.some((d) => d.file === "src/broken.ts" && d.line >= 1)).toBe(true);
    expect(errors.some((d) => d.file === "warehouse/jobs/broken.sql" && d.line === 4)).toBe(true);
    // The statement after the broken one is analysed: a new flow from its INSERT.
    expect(report.flows.map(brief)).toContain("religion src/profiles/profile-repository.ts:30 -> warehouse/jobs/broken.sql:6 ads violation");
    expect(report.summary.flows).toBe(6);
  });

  it("contains a TypeScript file nested thousands of levels deep to a diagnostic", async () => {
    const dir = copyFixture("dating-app");
    const depth = 6000;
    fs.writeFileSync(path.join(dir, "src/generated.ts"), `export const table = ${"[".repeat(depth)}1${"]".repeat(depth)};\n`);
    fs.writeFileSync(path.join(dir, "warehouse/generated.sql"), `SELECT ${"(".repeat(depth)}1${")".repeat(depth)};\n`);
    const { run, report } = await scanJson(dir);
    expect(run.code).toBe(1);
    expect(report.summary.flows).toBe(5);
    expect(report.diagnostics.some((d) => d.file === "warehouse/generated.sql" && d.severity === "error")).toBe(true);
  });

  it("warns about binary and undecodable files it skips", async () => {
    const dir = tempDir({ "src/app.ts": "export const x = 1;\n" });
    fs.writeFileSync(path.join(dir, "src/blob.ts"), Buffer.from([0x63, 0x00, 0x01, 0x02]));
    fs.writeFileSync(path.join(dir, "src/latin1.ts"), Buffer.from([0x2f, 0x2f, 0x20, 0xe9, 0x0a]));
    const { run, report } = await scanJson(dir);
    expect(run.code).toBe(0);
    expect(report.diagnostics).toEqual([
      { file: "src/blob.ts", line: 1, severity: "warning", message: "skipped: binary file" },
      { file: "src/latin1.ts", line: 1, severity: "warning", message: "skipped: not valid UTF-8" },
    ]);
  });

  it("exits 2 naming the file, the key and what was expected for a bad config", async () => {
    const dir = tempDir({
      "src/app.ts": "export const x = 1;\n",
      "lineage.config.json": '{ "labels": { "religion": { "allowedPurposes": "dating" } } }',
    });
    const run = await lineage(["scan", dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/lineage\.config\.json: labels\.religion\.allowedPurposes: expected an array of strings/);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("exits 2 for a rule naming a label absent from labels, and for a tsconfig key naming a missing file", async () => {
    const unknownLabel = tempDir({
      "src/app.ts": "export const x = 1;\n",
      "lineage.config.json": '{ "labels": { "religion": {} }, "sources": [ { "label": "religon", "call": "getReligion" } ] }',
    });
    const first = await lineage(["scan", unknownLabel]);
    expect(first.code).toBe(2);
    expect(first.stderr).toContain('sources[0].label');
    const missingTsconfig = tempDir({ "src/app.ts": "export const x = 1;\n", "lineage.config.json": '{ "tsconfig": "tsconfig.app.json" }' });
    const second = await lineage(["scan", missingTsconfig]);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/tsconfig.*tsconfig\.app\.json/);
  });

  it("exits 2 for a missing path, a folder with nothing to scan, and an unknown flag", async () => {
    const missing = await lineage(["scan", "does/not/exist"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("does/not/exist: no such file or directory");
    const empty = await lineage(["scan", tempDir({ "README.md": "# nothing here\n" })]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("nothing to scan");
    const flag = await lineage(["scan", fixture("dating-app"), "--formt", "json"]);
    expect(flag.code).toBe(2);
    const format = await lineage(["scan", fixture("dating-app"), "--format", "yaml"]);
    expect(format.code).toBe(2);
  });

  it("reads a tsconfig that extends a missing file as a diagnostic and scans with defaults", async () => {
    const dir = copyFixture("dating-app");
    fs.writeFileSync(path.join(dir, "tsconfig.json"), '{ "extends": "./missing-base.json", "compilerOptions": { "strict": true } }');
    const { run, report } = await scanJson(dir);
    expect(run.code).toBe(1);
    expect(report.diagnostics.some((d) => d.file === "tsconfig.json" && d.severity === "error")).toBe(true);
    expect(report.summary.flows).toBe(5);
  });
});

describe("baselines and --fail-on", () => {
  it("marks flows absent from the baseline as new and fails only on new violations with --fail-on new", async () => {
    const dir = copyFixture("dating-app");
    const baselineFile = path.join(dir, "baseline.json");
    const recorded = await lineage(["baseline", dir, "--output", baselineFile]);
    expect(recorded.code).toBe(0);
    const unchanged = await lineage(["scan", dir, "--baseline", baselineFile, "--fail-on", "new"]);
    expect(unchanged.code).toBe(0);

    // A new logging call: one new violation, everything else accepted.
    const service = path.join(dir, "src/profiles/profile-service.ts");
    const text = fs.readFileSync(service, "utf8");
    fs.writeFileSync(service, text.replace('this.logger.info({ profile }, "profile saved");', 'this.logger.info({ profile }, "profile saved");\n    this.logger.warn({ faith: profile.religion }, "audit");'));
    const { run, report } = await scanJson(dir, ["--baseline", baselineFile, "--fail-on", "new"]);
    expect(run.code).toBe(1);
    const fresh = report.flows.filter((f) => f.new);
    expect(fresh.map((f) => `${f.sink.asset} ${f.verdict}`)).toEqual([expect.stringMatching(/warn violation$/)]);
    expect(report.flows.filter((f) => f.new === false)).toHaveLength(5);
    expect((await lineage(["scan", dir, "--fail-on", "none"])).code).toBe(0);
  });

  it("keeps flow ids when lines are added above the sink", async () => {
    const dir = copyFixture("dating-app");
    const before = (await scanJson(dir)).report.flows.map((f) => f.id).sort();
    const builder = path.join(dir, "src/ads/audience-builder.ts");
    fs.writeFileSync(builder, `// Audience building for the ads team.\n\n${fs.readFileSync(builder, "utf8")}`);
    const after = (await scanJson(dir)).report.flows;
    expect(after.map((f) => f.id).sort()).toEqual(before);
    expect(after.find((f) => f.sink.asset === "AdsClient.track")!.sink.line).toBe(21);
  });
});

describe("zones", () => {
  it("reports labelled data entering a zone's code or tables, once per function or statement entered", async () => {
    const dir = copyFixture("dating-app");
    const configFile = path.join(dir, "lineage.config.json");
    const config = fs.readFileSync(configFile, "utf8");
    const zoned = config
      .replace('{ "purpose": "ads", "call": "AdsClient.track" },', "")
      .replace('{ "purpose": "ads", "table": "ads.*" }', "")
      .replace('"jobs": [', '"zones": [ { "purpose": "ads", "paths": ["src/ads/**"], "tables": ["ads.*"] } ],\n  "jobs": [');
    fs.writeFileSync(configFile, zoned);
    const { run, report } = await scanJson(dir);
    expect(run.code).toBe(1);
    const zoneFlows = report.flows.filter((f) => f.sink.kind === "zone");
    expect(zoneFlows.map((f) => `${f.sink.asset} ${f.sink.file}:${f.sink.line} ${f.verdict}`).sort()).toEqual([
      "AudienceBuilder.enroll src/ads/audience-builder.ts:18 violation",
      "ads.audience_segments warehouse/jobs/ads_segments.sql:5 violation",
      "toAudienceMember src/ads/audience-member.ts:30 violation",
    ]);
    expect(report.flows.filter((f) => f.sink.kind === "table" || f.sink.asset === "AdsClient.track")).toEqual([]);
  });
});

describe("graph export, merge, trace, init", () => {
  it("exports graphology's serialization with column and table nodes keyed as the contract says", async () => {
    const run = await lineage(["graph", fixture("dating-app"), "--format", "json"]);
    expect(run.code).toBe(0);
    const graph = JSON.parse(run.stdout) as SerializedLineageGraph;
    expect(graph.options).toMatchObject({ type: "directed" });
    const religion = graph.nodes.find((n) => n.key === "column:dating.profiles.religion");
    expect(religion?.attributes).toMatchObject({ kind: "column", table: "dating.profiles", column: "religion" });
    expect(graph.nodes.find((n) => n.key === "table:ads.audience_segments")?.attributes).toMatchObject({ kind: "table", table: "ads.audience_segments" });
    const intoSegments = graph.edges.filter((e) => e.target === "column:ads.audience_segments.religion_segment");
    expect(intoSegments.map((e) => e.source)).toContain("column:dating.profiles.religion");
    expect(graph.edges.some((e) => e.attributes?.kind === "filter" || e.attributes?.kind === "join")).toBe(true);
  });

  it("merges graphs from two shards and finds the flow that crosses them", async () => {
    const app = tempDir({
      "src/profiles.ts": [
        'import { Pool } from "pg";',
        "export interface Profile { id: string; religion: string }",
        "export async function save(pool: Pool, p: Profile): Promise<void> {",
        '  await pool.query("INSERT INTO dating.profiles (id, religion) VALUES ($1, $2)", [p.id, p.religion]);',
        "}",
        "",
      ].join("\n"),
    });
    const warehouse = tempDir({
      "jobs/ads.sql": "INSERT INTO ads.segments (id, faith) SELECT id, religion FROM dating.profiles;\n",
    });
    const config = JSON.stringify({
      labels: { religion: { allowedPurposes: ["dating"] } },
      sources: [{ label: "religion", property: "Profile.religion" }],
      sinks: [{ purpose: "ads", table: "ads.*" }],
    });
    const configFile = path.join(app, "lineage.config.json");
    fs.writeFileSync(configFile, config);
    const appGraph = path.join(app, "app.graph.json");
    const warehouseGraph = path.join(app, "warehouse.graph.json");
    expect((await lineage(["graph", app, "--config", configFile, "--output", appGraph])).code).toBe(0);
    expect((await lineage(["graph", warehouse, "--config", configFile, "--output", warehouseGraph])).code).toBe(0);
    const merged = await lineage(["merge", appGraph, warehouseGraph, "--config", configFile, "--format", "json"], app);
    expect(merged.code).toBe(1);
    const report = JSON.parse(merged.stdout);
    expect(report.flows.map((f: { sink: { asset: string; purpose: string } }) => `${f.sink.asset} ${f.sink.purpose}`)).toEqual(["ads.segments ads"]);
  });

  it("traces a column to every downstream column, table and job", async () => {
    const run = await lineage(["trace", "dating.profiles.religion", fixture("dating-app")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("column ads.audience_segments.religion_segment");
    expect(run.stdout).toContain("column ml.recommendation_features.faith");
    expect(run.stdout).toContain("job recsys-train");
    expect((await lineage(["trace", "no_such_label", fixture("dating-app")])).code).toBe(2);
  });

  it("writes a starter config that a scan accepts, and refuses to overwrite it", async () => {
    const dir = tempDir({ "src/app.ts": "export const x = 1;\n" });
    expect((await lineage(["init"], dir)).code).toBe(0);
    expect(fs.existsSync(path.join(dir, "lineage.config.json"))).toBe(true);
    expect((await lineage(["scan", dir])).code).toBe(0);
    expect((await lineage(["init"], dir)).code).toBe(2);
  });

  it("runs as an installed binary: bin/lineage on the built code", () => {
    const bin = path.join(repoRoot, "bin/lineage");
    if (!fs.existsSync(path.join(repoRoot, "dist/cli/main.js"))) execFileSync("npm", ["run", "build"], { cwd: repoRoot });
    const result = spawnSync(process.execPath, [bin, "scan", fixture("dating-app-fixed"), "--format", "json"], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).summary.flows).toBe(1);
    const usage = spawnSync(process.execPath, [bin, "scan", "nope"], { encoding: "utf8" });
    expect(usage.status).toBe(2);
    expect(usage.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});

describe("implicit flows (config implicitFlows)", () => {
  /** fixtures/fitness-app with `implicitFlows` set to `value` (or left out). */
  const fitnessApp = (value?: boolean): string => {
    const dir = copyFixture("fitness-app");
    const file = path.join(dir, "lineage.config.json");
    if (value !== undefined) fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("{", `{\n  "implicitFlows": ${value},`));
    return dir;
  };

  it("reports data that only decides a condition as a flow of kind implicit, in JSON, text and SARIF", async () => {
    const dir = fitnessApp(true);
    const { run, report } = await scanJson(dir);
    expect(run.code).toBe(1);
    expect(validateReport(report)).toEqual([]);
    const implicit = report.flows.filter((f) => f.kind === "implicit");
    // The workout's heart rate picks the analytics event name: `avgHeartRate >= HIGH ? "long_hard_workout" : …`.
    expect(implicit.map(brief)).toEqual(["health src/workouts/workout-service.ts:41 -> src/workouts/workout-service.ts:39 analytics allowed"]);
    expect(implicit[0].path.map((step) => step.note)).toContain("decides the condition at src/workouts/workout-service.ts:41:16");
    expect(run.stdout).toMatch(/"verdict": "allowed",\n\s+"kind": "implicit",/);

    const text = await lineage(["scan", dir]);
    expect(text.stdout).toContain("ALLOWED    health → analytics  (posthog-node.PostHog.capture)  implicit flow");

    // SARIF results are violations only: a violating implicit flow says what it is.
    const strict = fitnessApp(true);
    const config = path.join(strict, "lineage.config.json");
    fs.writeFileSync(config, fs.readFileSync(config, "utf8").replace('"deniedPurposes": ["insurance", "ads"]', '"deniedPurposes": ["insurance", "ads", "analytics"]'));
    const sarif = JSON.parse((await lineage(["scan", strict, "--format", "sarif"])).stdout);
    const results = sarif.runs[0].results as Array<{ message: { text: string }; properties: { kind?: string } }>;
    expect(results.filter((r) => r.properties.kind === "implicit").map((r) => r.message.text)).toEqual([expect.stringMatching(/^Implicit flow: data labelled "health"/)]);
  });

  it("changes nothing without the switch, and keeps every explicit flow and its id with it", async () => {
    const absent = await lineage(["scan", fitnessApp(), "--format", "json"]);
    const off = await lineage(["scan", fitnessApp(false), "--format", "json"]);
    expect(off.stdout).toBe(absent.stdout);
    const explicitOnly = JSON.parse(absent.stdout) as { flows: Array<Record<string, unknown>> };
    expect(explicitOnly.flows.every((f) => !("kind" in f))).toBe(true);
    const withSwitch = (await scanJson(fitnessApp(true))).report;
    expect(withSwitch.flows.filter((f) => f.kind === undefined)).toEqual(explicitOnly.flows);
    const explicitIds = new Set(explicitOnly.flows.map((f) => f.id));
    expect(withSwitch.flows.filter((f) => f.kind === "implicit").every((f) => !explicitIds.has(f.id))).toBe(true);
  });
});
