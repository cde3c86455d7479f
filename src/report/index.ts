import type { SerializedLineageGraph } from "../graph/lineage-graph.js";
import type { ScanReport } from "../policy/types.js";
import { renderDot } from "./dot.js";
import { renderGraphJson } from "./graph-json.js";
import { renderGraphml } from "./graphml.js";
import { renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { renderMermaid } from "./mermaid.js";
import { renderOpenLineage } from "./openlineage.js";
import { renderSarif } from "./sarif.js";
import { renderText } from "./text.js";

export { renderDot } from "./dot.js";
export { renderGraphJson } from "./graph-json.js";
export { renderGraphml } from "./graphml.js";
export { renderHtml } from "./html.js";
export { renderJson } from "./json.js";
export { renderMermaid } from "./mermaid.js";
export { renderOpenLineage, type OpenLineageOptions } from "./openlineage.js";
export { renderSarif } from "./sarif.js";
export { renderText, type TextOptions } from "./text.js";
export { validateReport } from "./validate.js";

/** `scan --format …` (and `merge`). */
export const reportFormats = ["text", "json", "sarif", "html", "dot", "mermaid", "graphml", "openlineage"] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** `graph --format …`: the whole lineage graph; `json` is graphology's serialization. */
export const graphFormats = ["json", "dot", "mermaid", "graphml"] as const;
export type GraphFormat = (typeof graphFormats)[number];

/** Formats whose document goes to stdout alone (no progress or logs mixed in). */
export const machineFormats: ReadonlySet<ReportFormat> = new Set(["json", "sarif", "html", "dot", "mermaid", "graphml", "openlineage"]);

export interface RenderOptions {
  /** text: ANSI colours. */
  color?: boolean;
  /** text: only violations and the summary. */
  quiet?: boolean;
  /** openlineage: namespace of jobs and datasets (default `privacy-lineage`). */
  namespace?: string;
  /** openlineage: eventTime (default: the report's timestamp, else the epoch). */
  timestamp?: string;
}

export function isReportFormat(format: string): format is ReportFormat {
  return (reportFormats as readonly string[]).includes(format);
}

export function isGraphFormat(format: string): format is GraphFormat {
  return (graphFormats as readonly string[]).includes(format);
}

/**
 * Renders a scan in one format. `graph` is what the graph formats draw: for `scan`, the lineage
 * graph restricted to the nodes on reported flows (the caller restricts it).
 */
export function renderReport(format: ReportFormat, report: ScanReport, graph: SerializedLineageGraph, opts: RenderOptions = {}): string {
  switch (format) {
    case "text":
      return renderText(report, { color: opts.color ?? false, quiet: opts.quiet ?? false });
    case "json":
      return renderJson(report);
    case "sarif":
      return renderSarif(report);
    case "html":
      return renderHtml(report);
    case "dot":
    case "mermaid":
    case "graphml":
      return renderGraph(format, graph);
    case "openlineage": {
      const timestamp = opts.timestamp ?? report.timestamp;
      return renderOpenLineage(graph, { namespace: opts.namespace ?? "privacy-lineage", ...(timestamp !== undefined ? { timestamp } : {}) });
    }
  }
}

/** Renders the whole lineage graph for `lineage graph`. */
export function renderGraph(format: GraphFormat, graph: SerializedLineageGraph): string {
  switch (format) {
    case "json":
      return renderGraphJson(graph);
    case "dot":
      return renderDot(graph);
    case "mermaid":
      return renderMermaid(graph);
    case "graphml":
      return renderGraphml(graph);
  }
}
