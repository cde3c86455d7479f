import { Command } from "commander";
import { traceAsset } from "../policy/trace.js";
import { runScan, UsageError } from "../scan/scan.js";
import { EXIT_OK } from "./exit-codes.js";
import type { Io } from "./io.js";

/** `lineage trace <label|asset>`: every place the data goes, with file:line. */
export function traceCommand(io: Io, done: (code: number) => void): Command {
  return new Command("trace")
    .description("where does this data go? every downstream step, column, table and sink, with file:line")
    .argument("<target>", "a label (religion), a source asset (DatingProfile.religion) or a column (dating.profiles.religion)")
    .argument("[paths...]", "files or folders to scan (default: the current directory)")
    .option("--config <file>", "config file")
    .action((target: string, paths: string[], options: { config?: string }) => {
      const result = runScan({ paths, cwd: io.cwd, configFile: options.config });
      const trace = traceAsset(result.graph, result.flows, target);
      if (!trace) throw new UsageError(`${target}: no label, source asset or column of that name in the scanned files`);
      io.stdout(trace);
      done(EXIT_OK);
    });
}
