import { Command } from "commander";
import { renderJson } from "../report/index.js";
import { buildReport, runScan } from "../scan/scan.js";
import { EXIT_OK } from "./exit-codes.js";
import { emit, type Io } from "./io.js";

/** `lineage baseline`: the JSON report of today's flows, to pass later as `--baseline`. */
export function baselineCommand(io: Io, done: (code: number) => void): Command {
  return new Command("baseline")
    .description("record today's flows as accepted (a JSON report to pass to --baseline)")
    .argument("[paths...]", "files or folders to scan (default: the current directory)")
    .option("--config <file>", "config file")
    .requiredOption("--output <file>", "where to write the baseline")
    .action((paths: string[], options: { config?: string; output: string }) => {
      const result = runScan({ paths, cwd: io.cwd, configFile: options.config });
      emit(io, renderJson(buildReport(result, result.flows)), options.output);
      io.stderr(`recorded ${result.flows.length} flows in ${options.output}\n`);
      done(EXIT_OK);
    });
}
