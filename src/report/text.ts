import type { Diagnostic } from "../diagnostics.js";
import type { Flow, ScanReport } from "../policy/types.js";
import type { Position } from "../graph/lineage-graph.js";

export interface TextOptions {
  /** ANSI colours; the CLI turns them on for a TTY without NO_COLOR. */
  color: boolean;
  /** Only violations and the summary. */
  quiet?: boolean;
}

type Style = "bold" | "dim" | "red" | "green" | "yellow" | "blue" | "cyan";
const ANSI: Record<Style, [string, string]> = {
  bold: ["\u001b[1m", "\u001b[22m"],
  dim: ["\u001b[2m", "\u001b[22m"],
  red: ["\u001b[31m", "\u001b[39m"],
  green: ["\u001b[32m", "\u001b[39m"],
  yellow: ["\u001b[33m", "\u001b[39m"],
  blue: ["\u001b[34m", "\u001b[39m"],
  cyan: ["\u001b[36m", "\u001b[39m"],
};

/**
 * The terminal report: violations first, then allowed flows, each with its source, sink and
 * numbered path; then diagnostics; then a one-line summary.
 *
 *     VIOLATION  religion → ads  (AdsClient.track)
 *       source  src/dating.ts:14:9  property DatingProfile.religion
 *       sink    src/ads.ts:30:5     call AdsClient.track
 *         1. src/dating.ts:14:9  read DatingProfile.religion
 */
export function renderText(report: ScanReport, opts: TextOptions): string {
  const paint = (text: string, ...styles: Style[]) =>
    opts.color ? styles.reduceRight((inner, style) => `${ANSI[style][0]}${inner}${ANSI[style][1]}`, text) : text;
  const blocks: string[] = [];
  const violations = report.flows.filter((flow) => flow.verdict === "violation");
  const allowed = report.flows.filter((flow) => flow.verdict !== "violation");
  for (const flow of violations) blocks.push(renderFlow(flow, paint));
  if (!opts.quiet) {
    for (const flow of allowed) blocks.push(renderFlow(flow, paint));
    if (report.diagnostics.length > 0) blocks.push(report.diagnostics.map((d) => renderDiagnostic(d, paint)).join("\n"));
  }
  blocks.push(renderSummary(report, paint));
  return `${blocks.join("\n\n")}\n`;
}

type Paint = (text: string, ...styles: Style[]) => string;

function renderFlow(flow: Flow, paint: Paint): string {
  const violation = flow.verdict === "violation";
  const verdict = violation ? paint("VIOLATION", "bold", "red") : `${paint("ALLOWED", "green")}  `;
  const sinkName = flow.sink.kind === "call" ? flow.sink.asset : `${flow.sink.kind} ${flow.sink.asset}`;
  const header =
    `${verdict}  ${paint(`${printable(flow.label)} → ${printable(flow.sink.purpose)}`, "bold")}  (${printable(sinkName)})` +
    (flow.kind === "implicit" ? `  ${paint("implicit flow", "cyan")}` : "") +
    (flow.new ? `  ${paint("[new]", "yellow")}` : "");

  const endWidth = Math.max(location(flow.source).length, location(flow.sink).length);
  const lines = [
    header,
    `  source  ${padded(location(flow.source), endWidth, paint)}  ${flow.source.kind} ${printable(flow.source.asset)}`,
    `  sink    ${padded(location(flow.sink), endWidth, paint)}  ${flow.sink.kind} ${printable(flow.sink.asset)}`,
  ];
  const numberWidth = String(flow.path.length).length;
  const stepWidth = Math.max(0, ...flow.path.map((step) => location(step).length));
  flow.path.forEach((step, index) => {
    const number = paint(`${String(index + 1).padStart(numberWidth)}.`, "dim");
    lines.push(`    ${number} ${padded(location(step), stepWidth, paint)}  ${printable(step.note)}`.trimEnd());
  });
  return lines.join("\n");
}

function renderDiagnostic(diagnostic: Diagnostic, paint: Paint): string {
  const where = `${printable(diagnostic.file)}:${diagnostic.line}${diagnostic.column !== undefined ? `:${diagnostic.column}` : ""}`;
  const color: Style = diagnostic.severity === "error" ? "red" : diagnostic.severity === "warning" ? "yellow" : "blue";
  const [first = "", ...rest] = diagnostic.message.split(/\r?\n/);
  return [`${paint(where, "cyan")}  ${paint(diagnostic.severity, color)}  ${printable(first)}`, ...rest.map((line) => `    ${printable(line)}`)].join(
    "\n",
  );
}

function renderSummary(report: ScanReport, paint: Paint): string {
  const { summary } = report;
  const allowed = summary.flows - summary.violations;
  const violations = count(summary.violations, "violation", "violations");
  return [
    `${count(summary.files, "file", "files")}, ${count(summary.flows, "flow", "flows")}: `,
    summary.violations > 0 ? paint(violations, "bold", "red") : paint(violations, "green"),
    `, ${allowed} allowed, ${count(summary.diagnostics, "diagnostic", "diagnostics")}`,
  ].join("");
}

/** A location in cyan, padded outside the colour codes so columns line up. */
function padded(text: string, width: number, paint: Paint): string {
  return paint(text, "cyan") + " ".repeat(Math.max(0, width - text.length));
}

function location(position: Position): string {
  return `${printable(position.file)}:${position.line}:${position.column}`;
}

function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** Scanned code ends up in notes and assets: never let it move the cursor or recolour the terminal. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) =>
    ch === "\n" || ch === "\r" || ch === "\t" ? " " : `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
