import { createRequire } from "node:module";
import { Ajv, type AnySchemaObject, type ErrorObject, type ValidateFunction } from "ajv";

// Shipped in schemas/ for consumers of the report; src/report and dist/report both sit two levels below it.
const reportSchema = createRequire(import.meta.url)("../../schemas/report.schema.json") as AnySchemaObject;

let validator: ValidateFunction | undefined;

/**
 * Checks a parsed JSON report against schemas/report.schema.json. Returns one readable line per
 * problem (`flows[0]: missing required key "label"`); empty when the report is valid.
 */
export function validateReport(report: unknown): string[] {
  validator ??= new Ajv({ allErrors: true, strict: true }).compile(reportSchema);
  if (validator(report)) return [];
  return (validator.errors ?? []).map(describeError);
}

function describeError(error: ErrorObject): string {
  const where = formatPointer(error.instancePath) || "(report)";
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return `${where}: missing required key "${String(params.missingProperty)}"`;
    case "additionalProperties":
      return `${where}: unknown key "${String(params.additionalProperty)}"`;
    case "enum":
      return `${where}: expected one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `${where}: expected ${JSON.stringify(params.allowedValue)}`;
    default:
      return `${where}: ${error.message ?? "invalid"}`;
  }
}

/** `/flows/0/source/line` → `flows[0].source.line`. */
function formatPointer(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path === "" ? part : `${path}.${part}`), "");
}
