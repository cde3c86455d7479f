import type { ScanReport } from "../policy/types.js";

/**
 * The JSON report (`scan --format json`, schemaVersion 1): keys in the contract's order whatever
 * order the report object was built in, 2-space indent, trailing newline.
 */
export function renderJson(report: ScanReport): string {
  return `${JSON.stringify(reportDocument(report), null, 2)}\n`;
}

/** The report as the contract lays it out: only the contract's keys, in its order. */
export function reportDocument(report: ScanReport): ScanReport {
  const { summary } = report;
  return {
    schemaVersion: report.schemaVersion,
    tool: { name: report.tool.name, version: report.tool.version },
    ...(report.timestamp !== undefined ? { timestamp: report.timestamp } : {}),
    summary: {
      files: summary.files,
      sources: summary.sources,
      sinks: summary.sinks,
      flows: summary.flows,
      violations: summary.violations,
      diagnostics: summary.diagnostics,
    },
    flows: report.flows.map((flow) => ({
      id: flow.id,
      label: flow.label,
      verdict: flow.verdict,
      ...(flow.kind !== undefined ? { kind: flow.kind } : {}),
      ...(flow.new !== undefined ? { new: flow.new } : {}),
      source: {
        file: flow.source.file,
        line: flow.source.line,
        column: flow.source.column,
        kind: flow.source.kind,
        asset: flow.source.asset,
      },
      sink: {
        file: flow.sink.file,
        line: flow.sink.line,
        column: flow.sink.column,
        kind: flow.sink.kind,
        asset: flow.sink.asset,
        purpose: flow.sink.purpose,
      },
      path: flow.path.map((step) => ({ file: step.file, line: step.line, column: step.column, note: step.note })),
    })),
    diagnostics: report.diagnostics.map((diagnostic) => ({
      file: diagnostic.file,
      line: diagnostic.line,
      ...(diagnostic.column !== undefined ? { column: diagnostic.column } : {}),
      severity: diagnostic.severity,
      message: diagnostic.message,
    })),
  };
}
