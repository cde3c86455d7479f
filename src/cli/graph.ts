import { Command, Option } from "commander";
import { graphFormats, renderGraph, type GraphFormat } from "../report/index.js";
import { runScan } from "../scan/scan.js";
import { EXIT_OK } from "./exit-codes.js";
import { emit, type Io } from "./io.js";

export function graphCommand(io: Io, done: (code: number) => void): Command {
  return new Command("graph")
    .description("export the whole lineage graph (graphology's serialization for json)")
    .argument("[paths...]", "files or folders to scan (default: the current directory)")
    .option("--config <file>", "config file")
    .addOption(new Option("--format <format>", "graph format").choices([...graphFormats]).default("json"))
    .option("--output <file>", "write the graph to a file instead of stdout")
    .action((paths: string[], options: { config?: string; format: GraphFormat; output?: string }) => {
      const result = runScan({ paths, cwd: io.cwd, configFile: options.config });
      emit(io, renderGraph(options.format, result.graph.export()), options.output);
      done(EXIT_OK);
    });
}
