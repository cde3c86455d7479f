import fs from "node:fs";
import path from "node:path";
import { Option } from "commander";
import { baselineIds, markNew } from "../policy/baseline.js";
import type { Flow } from "../policy/types.js";
import { UsageError } from "../scan/scan.js";
import type { FailOn } from "./exit-codes.js";
import { reportFormats } from "../report/index.js";

/** The options `scan` and `merge` share: how the report is written and what fails the run. */
export interface ReportOptions {
  config?: string;
  format: string;
  output?: string;
  baseline?: string;
  failOn: FailOn;
  quiet?: boolean;
  timestamp?: boolean;
}

export function reportOptionList(): Option[] {
  return [
    new Option("--config <file>", "config file (default: lineage.config.json in the first path or the current directory)"),
    new Option("--format <format>", "report format").choices([...reportFormats]).default("text"),
    new Option("--output <file>", "write the report to a file instead of stdout"),
    new Option("--baseline <file>", "a JSON report or baseline: flows in it are not new"),
    new Option("--fail-on <when>", "exit 1 on any violation, only new violations, or never").choices(["violation", "new", "none"]).default("violation"),
    new Option("--quiet", "text report: only violations and the summary"),
    new Option("--timestamp", "add the scan time to the report (reports are otherwise byte-identical between runs)"),
  ];
}

/** Marks flows new/old against `--baseline`; `--fail-on new` without a baseline treats every flow as new. */
export function applyBaseline(flows: Flow[], options: ReportOptions, cwd: string): Flow[] {
  if (!options.baseline) return flows;
  const file = path.resolve(cwd, options.baseline);
  let document: unknown;
  try {
    document = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : `not valid JSON (${(error as Error).message})`;
    throw new UsageError(`${options.baseline}: ${reason}; expected a JSON report written by --format json or \`lineage baseline\``);
  }
  try {
    return markNew(flows, baselineIds(document));
  } catch (error) {
    throw new UsageError(`${options.baseline}: ${(error as Error).message}`);
  }
}
