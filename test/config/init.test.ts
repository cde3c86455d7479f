import { describe, expect, it } from "vitest";
import { starterConfig } from "../../src/config/init.js";
import { loadConfig } from "../../src/config/load.js";

describe("starterConfig", () => {
  it("is a commented config that loads without errors or warnings", () => {
    const text = starterConfig();
    expect(text).toContain("//");
    const loaded = loadConfig({ file: "lineage.config.json", displayPath: "lineage.config.json", text });
    expect(Object.keys(loaded.config.labels ?? {}).sort()).toEqual(["email", "religion"]);
    expect(loaded.config.sources?.length).toBeGreaterThan(0);
    expect(loaded.config.sinks?.length).toBeGreaterThan(0);
    expect(loaded.config.catalog).toEqual({ disable: [] });
    expect(loaded.diagnostics).toBeUndefined();
  });

  it("ends with a newline", () => {
    expect(starterConfig().endsWith("}\n")).toBe(true);
  });
});
