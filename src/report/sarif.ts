import type { Diagnostic } from "../diagnostics.js";
import type { Position } from "../graph/lineage-graph.js";
import type { Flow, ScanReport } from "../policy/types.js";

export const SARIF_RULES = {
  violation: "privacy-lineage/violation",
  diagnostic: "privacy-lineage/diagnostic",
} as const;

const FLOW_FINGERPRINT = "privacyLineageFlowId/v1";

/**
 * SARIF 2.1.0 for code-scanning tools. Each violation is an `error` result at the sink, with the
 * source as a related location, the path as a code flow and the stable flow id as a partial
 * fingerprint; an implicit flow says so in its message and `properties.kind`. Allowed flows are not results: GitHub code scanning shows every result as an alert,
 * whatever its `kind`. Diagnostics are tool execution notifications.
 */
export function renderSarif(report: ScanReport): string {
  const violations = report.flows.filter((flow) => flow.verdict === "violation");
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules: [
              {
                id: SARIF_RULES.violation,
                name: "PrivacyPolicyViolation",
                shortDescription: { text: "Labelled data reaches a sink its label's policy does not allow." },
                fullDescription: {
                  text:
                    "Data carrying a label flows into a sink used for a purpose that the label's policy in lineage.config.json does not allow: " +
                    "the purpose is not among the label's allowedPurposes, or is among its deniedPurposes.",
                },
                help: {
                  text:
                    "Remove the flow, pass the data through a sanitizer that removes the label, or change the label's allowedPurposes / " +
                    "deniedPurposes if this use is intended. Accepted flows can be recorded with `lineage baseline`.",
                },
                defaultConfiguration: { level: "error" },
                properties: { tags: ["privacy", "security", "data-lineage"], precision: "high" },
              },
              {
                id: SARIF_RULES.diagnostic,
                name: "ScanDiagnostic",
                shortDescription: { text: "A file that could not be analysed, or a problem found while scanning." },
                defaultConfiguration: { level: "warning" },
              },
            ],
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: report.diagnostics.map(notification),
          },
        ],
        columnKind: "utf16CodeUnits",
        results: violations.map(result),
        properties: { summary: { ...report.summary } },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function result(flow: Flow) {
  const sinkName = flow.sink.kind === "call" ? flow.sink.asset : `${flow.sink.kind} ${flow.sink.asset}`;
  const implicit = flow.kind === "implicit";
  return {
    ruleId: SARIF_RULES.violation,
    ruleIndex: 0,
    level: "error",
    message: {
      text: implicit
        ? `Implicit flow: data labelled "${flow.label}" from [${escapeLinkText(flow.source.asset)}](1) decides a condition that leads to ${sinkName}, ` +
          `used for "${flow.sink.purpose}", which the policy for "${flow.label}" does not allow.`
        : `Data labelled "${flow.label}" from [${escapeLinkText(flow.source.asset)}](1) reaches ${sinkName}, ` +
          `used for "${flow.sink.purpose}", which the policy for "${flow.label}" does not allow.`,
    },
    locations: [location(flow.sink, `sink: ${sinkName} (${flow.sink.purpose})`)],
    relatedLocations: [{ id: 1, ...location(flow.source, `source: ${flow.source.kind} ${flow.source.asset} (${flow.label})`) }],
    codeFlows: [
      {
        message: { text: `${flow.label} → ${flow.sink.purpose}${implicit ? " (implicit flow)" : ""}` },
        threadFlows: [
          {
            locations: flow.path.map((step, index) => ({
              location: location(step, step.note),
              executionOrder: index + 1,
            })),
          },
        ],
      },
    ],
    partialFingerprints: { [FLOW_FINGERPRINT]: flow.id },
    ...(flow.new !== undefined ? { baselineState: flow.new ? "new" : "unchanged" } : {}),
    properties: {
      flowId: flow.id,
      label: flow.label,
      ...(implicit ? { kind: flow.kind } : {}),
      purpose: flow.sink.purpose,
      source: { kind: flow.source.kind, asset: flow.source.asset },
      sink: { kind: flow.sink.kind, asset: flow.sink.asset },
    },
  };
}

function notification(diagnostic: Diagnostic) {
  return {
    level: diagnostic.severity === "info" ? "note" : diagnostic.severity,
    message: { text: diagnostic.message },
    descriptor: { id: SARIF_RULES.diagnostic },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifact(diagnostic.file),
          region: { startLine: diagnostic.line, ...(diagnostic.column !== undefined ? { startColumn: diagnostic.column } : {}) },
        },
      },
    ],
  };
}

function location(position: Position, message: string) {
  return {
    physicalLocation: {
      artifactLocation: artifact(position.file),
      region: { startLine: position.line, startColumn: position.column },
    },
    message: { text: message },
  };
}

/** Paths relative to the scan root, as URI references resolved against %SRCROOT%. */
function artifact(file: string) {
  return { uri: file.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}

/** SARIF message links are Markdown-like: `[text](id)`; brackets in the text must be escaped. */
function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]]/g, "\\$&");
}
