import type { Diagnostic } from "../diagnostics.js";
import type { Position } from "../graph/lineage-graph.js";
import type { Flow, ScanReport } from "../policy/types.js";

/**
 * One self-contained HTML page for auditors: the summary, violations, allowed flows (each with its
 * path as a table) and diagnostics. Inline CSS, no scripts, no external assets; all text escaped.
 */
export function renderHtml(report: ScanReport): string {
  const violations = report.flows.filter((flow) => flow.verdict === "violation");
  const allowed = report.flows.filter((flow) => flow.verdict !== "violation");
  const { summary } = report;
  const title = `${report.tool.name} report`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(`${report.tool.name} ${report.tool.version}`)}">
<title>${esc(title)}</title>
<style>
${STYLE}${report.flows.some((flow) => flow.kind === "implicit") ? `\n${IMPLICIT_STYLE}` : ""}
</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<p class="meta">${esc(report.tool.name)} ${esc(report.tool.version)}${report.timestamp !== undefined ? ` · ${esc(report.timestamp)}` : ""}</p>
</header>
<section id="summary">
<h2>Summary</h2>
<table class="summary">
<tr><th>Files</th><th>Sources</th><th>Sinks</th><th>Flows</th><th>Violations</th><th>Allowed</th><th>Diagnostics</th></tr>
<tr><td>${summary.files}</td><td>${summary.sources}</td><td>${summary.sinks}</td><td>${summary.flows}</td><td class="${summary.violations > 0 ? "bad" : "good"}">${summary.violations}</td><td>${summary.flows - summary.violations}</td><td>${summary.diagnostics}</td></tr>
</table>
</section>
${flowSection("violations", "Violations", violations)}
${flowSection("allowed", "Allowed flows", allowed)}
${diagnosticSection(report.diagnostics)}
</body>
</html>
`;
}

function flowSection(id: string, heading: string, flows: Flow[]): string {
  const body = flows.length === 0 ? `<p class="none">None.</p>` : flows.map(renderFlow).join("\n");
  return `<section id="${id}">\n<h2>${esc(heading)} (${flows.length})</h2>\n${body}\n</section>`;
}

function renderFlow(flow: Flow): string {
  const verdict = flow.verdict === "violation" ? "violation" : "allowed";
  const sinkName = flow.sink.kind === "call" ? flow.sink.asset : `${flow.sink.kind} ${flow.sink.asset}`;
  const steps = flow.path
    .map((step, index) => `<tr><td class="n">${index + 1}</td><td class="loc">${loc(step)}</td><td>${esc(step.note)}</td></tr>`)
    .join("\n");
  return `<article class="flow ${verdict}" id="${esc(flow.id)}">
<h3><span class="verdict">${verdict === "violation" ? "Violation" : "Allowed"}</span> ${esc(flow.label)} → ${esc(flow.sink.purpose)} <span class="sink-name">(${esc(sinkName)})</span>${flow.kind === "implicit" ? ' <span class="implicit">implicit flow</span>' : ""}${flow.new ? ' <span class="new">new</span>' : ""}</h3>
<table class="ends">
<tr><th>Source</th><td class="loc">${loc(flow.source)}</td><td>${esc(flow.source.kind)} ${esc(flow.source.asset)}</td></tr>
<tr><th>Sink</th><td class="loc">${loc(flow.sink)}</td><td>${esc(flow.sink.kind)} ${esc(flow.sink.asset)} (purpose ${esc(flow.sink.purpose)})</td></tr>
</table>
<table class="path">
<thead><tr><th>#</th><th>Location</th><th>Step</th></tr></thead>
<tbody>
${steps}
</tbody>
</table>
<p class="id">Flow id <code>${esc(flow.id)}</code></p>
</article>`;
}

function diagnosticSection(diagnostics: Diagnostic[]): string {
  if (diagnostics.length === 0) return `<section id="diagnostics">\n<h2>Diagnostics (0)</h2>\n<p class="none">None.</p>\n</section>`;
  const rows = diagnostics
    .map(
      (d) =>
        `<tr class="${esc(d.severity)}"><td class="loc">${esc(d.file)}:${d.line}${d.column !== undefined ? `:${d.column}` : ""}</td><td>${esc(d.severity)}</td><td>${esc(d.message)}</td></tr>`,
    )
    .join("\n");
  return `<section id="diagnostics">
<h2>Diagnostics (${diagnostics.length})</h2>
<table class="diagnostics">
<thead><tr><th>Location</th><th>Severity</th><th>Message</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

function loc(position: Position): string {
  return `${esc(position.file)}:${position.line}:${position.column}`;
}

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Only in a report with implicit flows, so other reports stay as they were. */
const IMPLICIT_STYLE = `.implicit { background: #e2e3f3; color: #3d3f7a; border-radius: 3px; padding: 0 0.4rem; font-size: 0.8em; }`;

const STYLE = `:root { color-scheme: light dark; --bad: #c0392b; --good: #1e8449; --muted: #6c757d; --line: #d0d7de; }
body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
h1 { margin-bottom: 0; } .meta, .id, .none { color: var(--muted); }
table { border-collapse: collapse; margin: 0.5rem 0; } th, td { border: 1px solid var(--line); padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
.loc, code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: nowrap; }
.n { text-align: right; color: var(--muted); }
.flow { border-left: 4px solid var(--line); padding: 0.25rem 1rem; margin: 1rem 0; }
.flow.violation { border-color: var(--bad); } .flow.allowed { border-color: var(--good); }
.violation .verdict, .bad, tr.error td:nth-child(2) { color: var(--bad); font-weight: bold; }
.allowed .verdict, .good { color: var(--good); font-weight: bold; }
.new { background: #fff3cd; color: #7a5b00; border-radius: 3px; padding: 0 0.4rem; font-size: 0.8em; }
.sink-name { font-weight: normal; color: var(--muted); }`;
