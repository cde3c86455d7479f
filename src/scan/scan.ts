import fs from "node:fs";
import path from "node:path";
import { activeCatalog } from "../catalog/index.js";
import { defaultConfig, loadConfig } from "../config/load.js";
import { ConfigError } from "../config/config-error.js";
import type { LoadedConfig } from "../config/types.js";
import { compareDiagnostics, type Diagnostic } from "../diagnostics.js";
import { LineageGraph } from "../graph/lineage-graph.js";
import { analyzeTypeScript } from "../analyzers/typescript/index.js";
import { analyzeSql } from "./sql.js";
import { findFlows } from "../policy/flows.js";
import type { Flow, ScanReport } from "../policy/types.js";
import { applyConfigMarks } from "./config-marks.js";
import { discoverFiles } from "./files.js";
import { TOOL_NAME, TOOL_VERSION } from "../version.js";

/** A problem with how the tool was called: exit 2 with this message. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export interface ScanOptions {
  /** Paths as the user gave them; default the current directory. */
  paths: string[];
  cwd: string;
  /** `--config FILE`. */
  configFile?: string;
}

export interface ScanResult {
  root: string;
  loaded: LoadedConfig;
  graph: LineageGraph;
  flows: Flow[];
  diagnostics: Diagnostic[];
  files: number;
}

/** The scan root: the first path, or its folder when it is a file. */
export function scanRoot(paths: string[], cwd: string): string {
  const first = path.resolve(cwd, paths[0] ?? ".");
  for (const input of paths.length ? paths : ["."]) {
    if (!fs.existsSync(path.resolve(cwd, input))) throw new UsageError(`${input}: no such file or directory`);
  }
  return fs.statSync(first).isDirectory() ? first : path.dirname(first);
}

/** Finds and loads the config: `--config`, else `lineage.config.json` in the root or the cwd, else defaults. */
export function resolveConfig(options: ScanOptions, root: string): LoadedConfig & { absolute?: string } {
  const candidates = options.configFile
    ? [path.resolve(options.cwd, options.configFile)]
    : [path.join(root, "lineage.config.json"), path.join(options.cwd, "lineage.config.json")];
  const file = candidates.find((candidate) => fs.existsSync(candidate));
  if (!file) {
    if (options.configFile) throw new UsageError(`${options.configFile}: config file not found`);
    return defaultConfig();
  }
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError({ file: options.configFile ?? file, keyPath: "", expected: "a readable file", problem: `cannot read (${(error as NodeJS.ErrnoException).code})` });
  }
  const relativeFile = path.relative(root, file).split(path.sep).join("/");
  const displayPath = options.configFile ?? path.relative(options.cwd, file).split(path.sep).join("/");
  return { ...loadConfig({ file: relativeFile, text, displayPath }), absolute: file };
}

/** Runs both analyzers into one graph and finds the flows. Throws UsageError / ConfigError for exit 2. */
export function runScan(options: ScanOptions): ScanResult {
  const root = scanRoot(options.paths, options.cwd);
  const loaded = resolveConfig(options, root);
  const { config } = loaded;
  const tsconfig = resolveTsconfig(loaded, root);
  const discovered = discoverFiles({
    root,
    paths: (options.paths.length ? options.paths : ["."]).map((p) => path.resolve(options.cwd, p)),
    include: config.include,
    exclude: config.exclude,
    allowJs: config.allowJs,
  });
  const fileCount = discovered.typescript.length + discovered.sql.length;
  if (fileCount === 0) {
    throw new UsageError(`nothing to scan: no .ts/.tsx${config.allowJs ? "/.js" : ""}/.sql files under ${(options.paths.length ? options.paths : ["."]).join(", ")} after excludes`);
  }

  const graph = new LineageGraph();
  const diagnostics: Diagnostic[] = [...discovered.diagnostics, ...(loaded.diagnostics ?? [])];
  const sql = analyzeSql(graph, discovered.sql, config);
  diagnostics.push(...sql.diagnostics);
  if (discovered.typescript.length > 0) {
    diagnostics.push(
      ...analyzeTypeScript({
        root,
        files: discovered.typescript,
        tsconfig,
        config,
        catalog: activeCatalog(config.catalog),
        graph,
        embeddedSql: sql.embedded,
      }),
    );
  }
  diagnostics.push(...sql.embeddedDiagnostics());
  diagnostics.push(...applyConfigMarks(graph, loaded));
  diagnostics.push(...labelsWithoutPolicy(graph, loaded));
  const flows = findFlows(graph, config);
  return { root, loaded, graph, flows, diagnostics: dedupeDiagnostics(diagnostics), files: fileCount };
}

function resolveTsconfig(loaded: LoadedConfig & { absolute?: string }, root: string): string | undefined {
  if (loaded.config.tsconfig) {
    const base = loaded.absolute ? path.dirname(loaded.absolute) : root;
    const file = path.resolve(base, loaded.config.tsconfig);
    if (!fs.existsSync(file)) {
      throw new ConfigError({ file: loaded.file ?? "lineage.config.json", keyPath: "tsconfig", expected: "a path to an existing tsconfig file", problem: `file not found: ${loaded.config.tsconfig}; expected a path to an existing tsconfig file` });
    }
    return file;
  }
  const fallback = path.join(root, "tsconfig.json");
  return fs.existsSync(fallback) ? fallback : undefined;
}

/** A label used in an annotation or rule but absent from `labels`: a warning, its flows allowed. */
function labelsWithoutPolicy(graph: LineageGraph, loaded: LoadedConfig): Diagnostic[] {
  const labels = loaded.config.labels ?? {};
  const first = new Map<string, Diagnostic>();
  graph.graph.forEachNode((_key, attributes) => {
    for (const mark of attributes.sources ?? []) {
      if (Object.hasOwn(labels, mark.label)) continue;
      const candidate: Diagnostic = {
        file: attributes.file ?? loaded.file ?? "lineage.config.json",
        line: attributes.line ?? 1,
        ...(attributes.col !== undefined ? { column: attributes.col } : {}),
        severity: "warning",
        message: `label "${mark.label}" has no policy in "labels"; its flows are reported as allowed`,
      };
      const existing = first.get(mark.label);
      if (!existing || compareDiagnostics(candidate, existing) < 0) first.set(mark.label, candidate);
    }
  });
  return [...first.values()];
}

function dedupeDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics
    .filter((d) => {
      const key = `${d.file}:${d.line}:${d.column ?? ""}:${d.severity}:${d.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(compareDiagnostics);
}

/** The JSON report's document for a scan. */
export function buildReport(result: ScanResult, flows: Flow[], timestamp?: string): ScanReport {
  const sources = new Set<string>();
  const sinks = new Set<string>();
  result.graph.graph.forEachNode((_key, attributes) => {
    for (const mark of attributes.sources ?? []) sources.add(`${mark.label}\u0000${mark.asset}`);
    for (const mark of attributes.sinks ?? []) sinks.add(`${mark.purpose}\u0000${mark.kind}\u0000${mark.asset}\u0000${mark.site}`);
  });
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    ...(timestamp ? { timestamp } : {}),
    summary: {
      files: result.files,
      sources: sources.size,
      sinks: sinks.size,
      flows: flows.length,
      violations: flows.filter((f) => f.verdict === "violation").length,
      diagnostics: result.diagnostics.length,
    },
    flows,
    diagnostics: result.diagnostics,
  };
}
