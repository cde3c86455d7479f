import { describe, expect, it } from "vitest";
import { validateReport } from "../../src/report/validate.js";
import { brief, fixture, lineage, scanJson } from "./helpers.js";

/**
 * The fixtures are the product's acceptance tests: each seeded flow found with its exact source
 * and sink, nothing else reported, and the exit code a CI gate relies on.
 */
describe("fixtures/dating-app", () => {
  it("reports exactly the seeded flows across TypeScript, SQL and the training job, and exits 1", async () => {
    const { run, report } = await scanJson(fixture("dating-app"));
    expect(run.code).toBe(1);
    expect(report.flows.map(brief).sort()).toEqual(
      [
        // TS: religion read into an ads audience member, sent to the ads client.
        "religion src/ads/audience-member.ts:30 -> src/ads/audience-builder.ts:19 ads violation",
        // TS: the whole profile (it holds religion) logged with pino.
        "religion src/http/profile-handler.ts:76 -> src/profiles/profile-service.ts:27 logging violation",
        // TS → pg INSERT → dating.profiles.religion → warehouse job → ads.audience_segments.
        "religion src/profiles/profile-repository.ts:30 -> warehouse/jobs/ads_segments.sql:5 ads violation",
        // … → ml.recommendation_features → job recsys-train (config).
        "religion src/profiles/profile-repository.ts:30 -> lineage.config.json:22 training violation",
        // Matching is what religion is for.
        "religion src/matching/recommendations.ts:36 -> src/matching/recommendations.ts:64 dating allowed",
      ].sort(),
    );
    expect(report.summary).toMatchObject({ flows: 5, violations: 4, diagnostics: 0 });
  });

  it("gives each flow a path from the source to the sink with file:line:column and a note per step", async () => {
    const { report } = await scanJson(fixture("dating-app"));
    const crossStack = report.flows.find((f) => f.sink.kind === "table")!;
    expect(crossStack.sink).toEqual({
      file: "warehouse/jobs/ads_segments.sql",
      line: 5,
      column: 1,
      kind: "table",
      asset: "ads.audience_segments",
      purpose: "ads",
    });
    const notes = crossStack.path.map((s) => `${s.file}:${s.line} ${s.note}`);
    expect(notes[0]).toBe("src/profiles/profile-repository.ts:30 read DatingProfile.religion");
    expect(notes).toContain("warehouse/schema.sql:16 column dating.profiles.religion");
    expect(notes.at(-1)).toMatch(/^warehouse\/schema\.sql:\d+ column ads\.audience_segments\.religion_segment$/);
    for (const flow of report.flows) {
      expect(flow.path[0]).toMatchObject({ file: flow.source.file, line: flow.source.line, column: flow.source.column });
      for (const step of flow.path) {
        expect(step.line).toBeGreaterThan(0);
        expect(step.column).toBeGreaterThan(0);
        expect(step.file).not.toMatch(/\\|^\//);
      }
    }
    const ads = report.flows.find((f) => f.sink.asset === "AdsClient.track")!;
    expect(ads.sink).toMatchObject({ file: "src/ads/audience-builder.ts", line: 19, column: 26, kind: "call" });
    expect(ads.path.map((s) => s.note)).toContain("returned by toAudienceMember() in field faith");
  });

  it("writes a JSON report that validates against schemas/report.schema.json, byte-identical between runs", async () => {
    const first = await lineage(["scan", fixture("dating-app"), "--format", "json"]);
    const second = await lineage(["scan", fixture("dating-app"), "--format", "json"]);
    expect(validateReport(JSON.parse(first.stdout))).toEqual([]);
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout).not.toContain(fixture("dating-app"));
  });

  it("prints a text report grouped by verdict, each flow with its path", async () => {
    const run = await lineage(["scan", fixture("dating-app")]);
    expect(run.code).toBe(1);
    const violations = run.stdout.indexOf("VIOLATION");
    const allowed = run.stdout.indexOf("ALLOWED");
    expect(violations).toBeGreaterThanOrEqual(0);
    expect(allowed).toBeGreaterThan(run.stdout.lastIndexOf("VIOLATION"));
    expect(run.stdout).toContain("religion → training");
    expect(run.stdout).toContain("src/ads/audience-builder.ts:19:26");
    expect(run.stdout).toMatch(/5 flows: 4 violations, 1 allowed/);
    expect(run.stdout).not.toContain("\u001b[");
  });
});

describe("fixtures/dating-app-fixed", () => {
  it("exits 0 with only the allowed matching flow once the violations are fixed", async () => {
    const { run, report } = await scanJson(fixture("dating-app-fixed"));
    expect(run.code).toBe(0);
    expect(report.flows.map(brief)).toEqual(["religion src/matching/recommendations.ts:36 -> src/matching/recommendations.ts:64 dating allowed"]);
  });
});

describe("fixtures/fitness-app", () => {
  it("reports health data sent to an insurer and exported by SQL, and allows analytics and the coaching LLM", async () => {
    const { run, report } = await scanJson(fixture("fitness-app"));
    expect(run.code).toBe(1);
    expect(report.flows.map(brief).sort()).toEqual(
      [
        "health src/insurance/insurance-sync.ts:16 -> src/insurance/insurance-sync.ts:24 insurance violation",
        "health warehouse/schema.sql:22 -> warehouse/jobs/insurer_export.sql:17 insurance violation",
        "health src/coaching/coach.ts:25 -> src/coaching/coach.ts:17 llm allowed",
        "health src/workouts/workout-service.ts:34 -> src/workouts/workout-service.ts:27 analytics allowed",
      ].sort(),
    );
    // The bucketed heart rate goes through the `bucketHeartRate` sanitizer: not a flow.
    expect(report.flows.some((f) => f.sink.asset.includes("submitWellnessTier"))).toBe(false);
    const llm = report.flows.find((f) => f.sink.purpose === "llm")!;
    expect(llm.sink.asset).toBe("openai.chat.completions.create");
  });
});
