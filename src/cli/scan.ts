import { Command } from "commander";
import { flowSubgraph } from "../policy/subgraph.js";
import { renderReport, type ReportFormat } from "../report/index.js";
import { buildReport, runScan } from "../scan/scan.js";
import { exitCodeFor } from "./exit-codes.js";
import { emit, type Io } from "./io.js";
import { applyBaseline, reportOptionList, type ReportOptions } from "./report-options.js";

export function scanCommand(io: Io, done: (code: number) => void): Command {
  const command = new Command("scan")
    .description("find flows of labelled data into purposes and report them")
    .argument("[paths...]", "files or folders to scan (default: the current directory)");
  for (const option of reportOptionList()) command.addOption(option);
  return command.action((paths: string[], options: ReportOptions) => {
    const result = runScan({ paths, cwd: io.cwd, configFile: options.config });
    const flows = applyBaseline(result.flows, options, io.cwd);
    const report = buildReport(result, flows, options.timestamp ? new Date().toISOString() : undefined);
    const format = options.format as ReportFormat;
    const graph = format === "openlineage" ? result.graph.export() : flowSubgraph(result.graph).export();
    const document = renderReport(format, report, graph, { color: io.color && !options.output, quiet: options.quiet });
    emit(io, document, options.output);
    done(exitCodeFor(flows, options.failOn));
  });
}
