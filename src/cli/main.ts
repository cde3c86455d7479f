import { Command, CommanderError } from "commander";
import { ConfigError } from "../config/config-error.js";
import { UsageError } from "../scan/scan.js";
import { TOOL_VERSION } from "../version.js";
import { baselineCommand } from "./baseline.js";
import { EXIT_OK, EXIT_USAGE } from "./exit-codes.js";
import { graphCommand } from "./graph.js";
import { initCommand } from "./init.js";
import { type Io, processIo } from "./io.js";
import { mergeCommand } from "./merge.js";
import { scanCommand } from "./scan.js";
import { traceCommand } from "./trace.js";

/** Runs the CLI; resolves to the exit code. Errors users can act on are one line on stderr, exit 2. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let exitCode = EXIT_OK;
  const done = (code: number) => {
    exitCode = code;
  };
  const program = new Command("lineage")
    .description("Where does this sensitive data go? Static data lineage and privacy policy checks for TypeScript and SQL.")
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showSuggestionAfterError();
  for (const make of [scanCommand, graphCommand, traceCommand, baselineCommand, mergeCommand, initCommand]) {
    program.addCommand(make(io, done).exitOverride().configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) }));
  }
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; every other commander error is bad usage (it printed why).
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help" ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof ConfigError || error instanceof UsageError) {
      io.stderr(`lineage: ${error.message}\n`);
      return EXIT_USAGE;
    }
    // A bug of ours, not the user's input: one line, the stack only when asked for.
    const detail = io.env.LINEAGE_DEBUG && error instanceof Error ? (error.stack ?? error.message) : String(error instanceof Error ? error.message : error);
    io.stderr(`lineage: internal error: ${detail}\n(set LINEAGE_DEBUG=1 for details; please report this)\n`);
    return 3;
  }
}
