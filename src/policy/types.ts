import type { Diagnostic } from "../diagnostics.js";
import type { Position } from "../graph/lineage-graph.js";

/** One step of a flow's path, as a reviewer reads it. */
export interface FlowStep extends Position {
  note: string;
}

export interface FlowSource extends Position {
  kind: "call" | "property" | "column" | "param" | "annotation";
  asset: string;
}

export interface FlowSink extends Position {
  kind: "call" | "table" | "zone" | "job";
  asset: string;
  purpose: string;
}

export type Verdict = "violation" | "allowed";

export interface Flow {
  /** Stable: hashes label, source asset, sink asset, purpose and the sink site's place in code. */
  id: string;
  label: string;
  /** Only for an implicit flow (config `implicitFlows`): the label decides a condition on the way to the sink. */
  kind?: "implicit";
  verdict: Verdict;
  /** Only with --baseline: the flow is absent from the baseline. */
  new?: boolean;
  source: FlowSource;
  sink: FlowSink;
  path: FlowStep[];
}

export interface ReportSummary {
  files: number;
  sources: number;
  sinks: number;
  flows: number;
  violations: number;
  diagnostics: number;
}

/** The JSON report, schemaVersion 1 (schemas/report.schema.json). */
export interface ScanReport {
  schemaVersion: 1;
  tool: { name: string; version: string };
  /** Only with --timestamp. */
  timestamp?: string;
  summary: ReportSummary;
  flows: Flow[];
  diagnostics: Diagnostic[];
}
