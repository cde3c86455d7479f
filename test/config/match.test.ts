import { describe, expect, it } from "vitest";
import { matchesColumn, matchesPath, matchesTable, parseCallRule } from "../../src/config/match.js";

describe("parseCallRule", () => {
  it("splits on the last dot", () => {
    expect(parseCallRule("AdsClient.track")).toEqual({ qualifier: "AdsClient", name: "track" });
    expect(parseCallRule("console.log")).toEqual({ qualifier: "console", name: "log" });
    expect(parseCallRule("mixpanel.people.set")).toEqual({ qualifier: "mixpanel.people", name: "set" });
    expect(parseCallRule("hashEmail")).toEqual({ name: "hashEmail" });
  });
});

describe("matchesTable", () => {
  it("matches exact names case-insensitively", () => {
    expect(matchesTable("ads.segments", "ads.segments")).toBe(true);
    expect(matchesTable("Ads.Segments", "ads.segments")).toBe(true);
    expect(matchesTable("ads.segments", "ads.segments_v2")).toBe(false);
  });

  it("* matches within one segment", () => {
    expect(matchesTable("ads.*", "ads.audience_segments")).toBe(true);
    expect(matchesTable("ads.*", "analytics.events")).toBe(false);
    expect(matchesTable("ads.user_*", "ads.user_profiles")).toBe(true);
    expect(matchesTable("*.audit_log", "billing.audit_log")).toBe(true);
    expect(matchesTable("a*s.x", "ads.x")).toBe(true);
  });

  it("a pattern with fewer segments matches the trailing ones", () => {
    expect(matchesTable("profiles", "dating.profiles")).toBe(true);
    expect(matchesTable("ads.*", "warehouse.ads.segments")).toBe(true);
    expect(matchesTable("dating.profiles", "profiles")).toBe(false);
  });

  it("quoted segments match exactly", () => {
    expect(matchesTable('"Ads".segments', "Ads.segments")).toBe(true);
    expect(matchesTable('"Ads".segments', "ads.segments")).toBe(false);
    expect(matchesTable('"my.schema".t', '"my.schema".t')).toBe(true);
    expect(matchesTable("ads.segments", '"ADS".segments')).toBe(true);
  });

  it("treats regex characters literally", () => {
    expect(matchesTable("a+b.c", "a+b.c")).toBe(true);
    expect(matchesTable("a+b.c", "aab.c")).toBe(false);
  });
});

describe("matchesColumn", () => {
  it("matches schema.table.column with wildcards per segment", () => {
    expect(matchesColumn("dating.profiles.religion", "dating.profiles.religion")).toBe(true);
    expect(matchesColumn("dating.*.religion", "dating.profiles.religion")).toBe(true);
    expect(matchesColumn("dating.profiles.*", "dating.profiles.email")).toBe(true);
    expect(matchesColumn("*.email", "public.users.email")).toBe(true);
    expect(matchesColumn("dating.profiles.religion", "dating.profiles.religion_id")).toBe(false);
    expect(matchesColumn("dating.profiles.religion", "public.profiles.religion")).toBe(false);
  });
});

describe("matchesPath", () => {
  it("matches globs, dotfiles included", () => {
    expect(matchesPath(["src/ads/**"], "src/ads/track.ts")).toBe(true);
    expect(matchesPath(["src/ads/**"], "src/ads/.hidden/track.ts")).toBe(true);
    expect(matchesPath(["src/ads/**"], "src/dating/profile.ts")).toBe(false);
    expect(matchesPath(["**/*.sql", "src/**/*.ts"], "warehouse/ads.sql")).toBe(true);
    expect(matchesPath(["./src/**"], "src/a.ts")).toBe(true);
    expect(matchesPath([], "src/a.ts")).toBe(false);
  });
});
