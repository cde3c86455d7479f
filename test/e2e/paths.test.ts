import { describe, expect, it } from "vitest";
import { scanJson, tempDir } from "./helpers.js";

/**
 * A flow's path is what a reviewer checks it by: through a wrapper that calls a wrapper, every
 * step inside each one is shown, not only the argument that entered the outer one.
 */
describe("flow paths through nested wrappers", () => {
  const files = {
    "lineage.config.json": JSON.stringify({
      labels: { email: { deniedPurposes: ["logging"] } },
      sources: [{ label: "email", property: "Account.email" }],
    }),
    "types.ts": "export interface Account {\n  id: string;\n  email: string;\n}\n",
    "audit.ts": [
      "export function audit(event: string, details: Record<string, unknown>): void {",
      "  const entry = { event, details, at: Date.now() };",
      "  report(entry);",
      "}",
      "",
      "function report(entry: object): void {",
      "  const line = JSON.stringify(entry);",
      "  console.log(line);",
      "}",
      "",
    ].join("\n"),
    "signup.ts": [
      'import { audit } from "./audit.js";',
      'import type { Account } from "./types.js";',
      "",
      "export function onSignup(account: Account): void {",
      '  audit("signup", { email: account.email });',
      "}",
      "",
    ].join("\n"),
  };

  it("shows the steps inside the outer wrapper and inside the wrapper it calls", async () => {
    const { report } = await scanJson(tempDir(files));
    expect(report.flows).toHaveLength(1);
    const steps = report.flows[0].path.map((step) => `${step.file}:${step.line} ${step.note}`);
    // Inside audit(): the parameter it came in by; inside report(), which audit() calls: the
    // parameter that carries it on to the log line.
    expect(steps).toEqual([
      "signup.ts:5 read Account.email",
      "signup.ts:5 field email",
      "audit.ts:1 details inside audit()",
      "audit.ts:6 entry inside report()",
      "audit.ts:8 passed to console.log() (logging)",
    ]);
  });
});
