import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { main } from "../../src/cli/main.js";
import type { Flow, ScanReport } from "../../src/policy/types.js";

export const repoRoot = path.resolve(import.meta.dirname, "../..");

/** Temporary folders this test file made: removed when its tests are done. */
const madeDirs: string[] = [];
afterAll(() => {
  for (const dir of madeDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function makeTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}
export const fixture = (name: string) => path.join(repoRoot, "fixtures", name);

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as `lineage <args>` from `cwd`, capturing its output. */
export async function lineage(args: string[], cwd = repoRoot): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    cwd,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    color: false,
    env: {},
  });
  return { code, stdout, stderr };
}

export async function scanJson(dir: string, extra: string[] = []): Promise<{ run: Run; report: ScanReport }> {
  const run = await lineage(["scan", dir, "--format", "json", ...extra]);
  return { run, report: JSON.parse(run.stdout) as ScanReport };
}

/** A flow as the specification states it: label, source and sink by file:line, purpose, verdict. */
export function brief(flow: Flow): string {
  return `${flow.label} ${flow.source.file}:${flow.source.line} -> ${flow.sink.file}:${flow.sink.line} ${flow.sink.purpose} ${flow.verdict}`;
}

/** Copies a fixture into a fresh temporary folder (tests that add broken files must not touch fixtures/). */
export function copyFixture(name: string): string {
  const target = makeTempDir(`lineage-${name}-`);
  fs.cpSync(fixture(name), target, { recursive: true });
  return target;
}

export function tempDir(files: Record<string, string> = {}): string {
  const dir = makeTempDir("lineage-test-");
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
