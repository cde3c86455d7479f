import fs from "node:fs";
import path from "node:path";
import { Command } from "commander";
import type { SerializedLineageGraph } from "../graph/lineage-graph.js";
import { LineageGraph } from "../graph/lineage-graph.js";
import { findFlows } from "../policy/flows.js";
import { flowSubgraph } from "../policy/subgraph.js";
import { renderReport, type ReportFormat } from "../report/index.js";
import { applyConfigMarks } from "../scan/config-marks.js";
import { buildReport, resolveConfig, UsageError } from "../scan/scan.js";
import { exitCodeFor } from "./exit-codes.js";
import { emit, type Io } from "./io.js";
import { applyBaseline, reportOptionList, type ReportOptions } from "./report-options.js";

/**
 * `lineage merge`: evaluates policy over graphs exported by `lineage graph --format json` from
 * several repositories or shards. They join on the shared column and table nodes, whose keys are
 * the same in every export.
 */
export function mergeCommand(io: Io, done: (code: number) => void): Command {
  const command = new Command("merge")
    .description("evaluate policy over graphs exported from several repos or shards")
    .argument("<graphs...>", "GRAPH.json files written by `lineage graph --format json`");
  for (const option of reportOptionList()) command.addOption(option);
  return command.action((files: string[], options: ReportOptions) => {
    const graph = new LineageGraph();
    for (const file of files) graph.absorb(readGraph(path.resolve(io.cwd, file), file));
    const loaded = resolveConfig({ paths: [], cwd: io.cwd, configFile: options.config }, io.cwd);
    const diagnostics = applyConfigMarks(graph, loaded);
    const flows = applyBaseline(findFlows(graph, loaded.config), options, io.cwd);
    const fileSet = new Set<string>();
    graph.graph.forEachNode((_k, a) => {
      if (a.file) fileSet.add(a.file);
    });
    const result = { root: io.cwd, loaded, graph, flows, diagnostics, files: fileSet.size };
    const report = buildReport(result, flows, options.timestamp ? new Date().toISOString() : undefined);
    const format = options.format as ReportFormat;
    const exported = format === "openlineage" ? graph.export() : flowSubgraph(graph).export();
    emit(io, renderReport(format, report, exported, { color: io.color && !options.output, quiet: options.quiet }), options.output);
    done(exitCodeFor(flows, options.failOn));
  });
}

function readGraph(file: string, display: string): SerializedLineageGraph {
  let document: unknown;
  try {
    document = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : "not valid JSON";
    throw new UsageError(`${display}: ${reason}; expected a graph written by \`lineage graph --format json\``);
  }
  const candidate = document as Partial<SerializedLineageGraph>;
  if (!candidate || !Array.isArray(candidate.nodes) || !Array.isArray(candidate.edges)) {
    throw new UsageError(`${display}: expected a graph written by \`lineage graph --format json\` (with "nodes" and "edges" arrays)`);
  }
  return candidate as SerializedLineageGraph;
}
