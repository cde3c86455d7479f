import { ts } from "ts-morph";
import { sqlClients, type SqlClientModel } from "../../catalog/sql-clients.js";
import type { Position } from "../../graph/lineage-graph.js";
import type { Arguments } from "./calls.js";
import type { CallSite } from "./call-site.js";
import { positionOf } from "./context.js";
import { moduleMatches, skipOuter } from "./origins.js";
import type { FunctionWalker } from "./walker.js";
import { ANY_FIELD, collapse, Value } from "./value.js";

/** What the SQL analyzer gives back for a query found in TypeScript. */
export interface EmbeddedSqlResult {
  /** Bind placeholder (`1`, `2`, `name`) → the node its value flows into. */
  binds: Map<string, string>;
  /** Result row field → the node it is read from. */
  resultFields: Map<string, string>;
}

export interface EmbeddedSql {
  analyze(text: string, at: Position & { site: string }): EmbeddedSqlResult | undefined;
}

/** Method names that run SQL text on some client even when the client's package is not known. */
const LIKELY_QUERY_METHODS = new Set(["query", "execute", "raw", "$queryRawUnsafe", "$executeRawUnsafe", "unsafe"]);
const SQL_START = /^\s*(\(?\s*select|insert|update|delete|with|merge|create|replace|upsert)\b/i;

/**
 * A call or tagged template that runs SQL text on a database client: the SQL goes to the SQL
 * analyzer, bind values flow into the columns they fill, and the result rows carry, field by
 * field, what the selected columns carry. Returns undefined when the call runs no SQL we can read.
 */
export function embeddedQuery(w: FunctionWalker, site: CallSite, args: Arguments): Value | undefined {
  const node = site.node;
  const model = clientModel(site);
  let sql: { text: string; holes: Value[] } | undefined;
  let values: Value | undefined;
  let placeholders: SqlClientModel["placeholders"] = model?.placeholders ?? "dollar";
  if (ts.isTaggedTemplateExpression(node)) {
    if (!model || !(model.tags.includes(site.name) || model.tags.includes("*"))) return undefined;
    sql = templateText(node.template, args.values);
    placeholders = "dollar";
  } else {
    const isQueryMethod = model ? model.calls.includes(site.name) : LIKELY_QUERY_METHODS.has(site.name);
    if (!isQueryMethod || !node.arguments?.length) return undefined;
    const first = skipOuter(node.arguments[0]);
    if (ts.isObjectLiteralExpression(first)) {
      // pg: query({ text, values })
      const text = propertyInitializer(first, "text") ?? propertyInitializer(first, "sql");
      sql = text ? sqlText(w, text) : undefined;
      values = w.readField(args.values[0] ?? Value.empty, "values", first);
    } else {
      sql = sqlText(w, first);
      values = args.values[1];
      if (values && placeholders === "named") values = w.readField(values, "replacements", node);
    }
    if (sql && !model && !SQL_START.test(sql.text)) return undefined;
  }
  if (!sql) return undefined;

  const at = { ...positionOf(w.ctx, node), site: w.siteOf(node, "sql") };
  const result = w.ctx.embeddedSql.analyze(sql.text, at);
  if (!result) return undefined;

  const bindValue = (name: string): Value => {
    const holeIndex = Number(name) - 1;
    if (sql!.holes.length > 0 && Number.isInteger(holeIndex) && holeIndex >= 0 && holeIndex < sql!.holes.length) return sql!.holes[holeIndex];
    if (!values) return Value.empty;
    const key = /^\d+$/.test(name) && placeholders !== "named" ? String(Number(name) - 1) : name;
    return w.readField(values, key, node);
  };
  for (const [name, target] of [...result.binds].sort(([a], [b]) => (a < b ? -1 : 1))) {
    w.flowInto(collapse(bindValue(name)), target, `bound to ${name}`);
  }
  const row = Value.empty.withFields(new Map([...result.resultFields].map(([field, key]) => [field, Value.of(key)])));
  const rows = Value.empty.withFields(new Map([[ANY_FIELD, row]]));
  return Value.empty.withFields(new Map([[ANY_FIELD, row], ["rows", rows], ["0", rows]]));
}

function clientModel(site: CallSite): SqlClientModel | undefined {
  const origin = site.origin;
  if (!origin) return undefined;
  return sqlClients.find((model) => model.modules.some((m) => moduleMatches(origin.module, m)));
}

function propertyInitializer(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && property.name.getText() === name) return property.initializer;
  }
  return undefined;
}

/** The SQL text of an argument: a literal, a template, or a `const` holding one. */
function sqlText(w: FunctionWalker, expression: ts.Expression, depth = 0): { text: string; holes: Value[] } | undefined {
  const node = skipOuter(expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { text: node.text, holes: [] };
  if (ts.isTemplateExpression(node)) return templateText(node, node.templateSpans.map((s) => w.expression(s.expression)));
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken && depth < 8) {
    const left = sqlText(w, node.left, depth + 1);
    const right = sqlText(w, node.right, depth + 1);
    return left && right && right.holes.length === 0 && left.holes.length === 0 ? { text: left.text + right.text, holes: [] } : undefined;
  }
  if (ts.isIdentifier(node) && depth < 4) {
    let symbol = w.ctx.checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = w.ctx.checker.getAliasedSymbol(symbol);
    const declaration = symbol?.valueDeclaration;
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && isConst(declaration)) {
      return sqlText(w, declaration.initializer, depth + 1);
    }
  }
  return undefined;
}

/** A template's text with each hole replaced by a `$n` placeholder; the holes are bind values. */
function templateText(template: ts.TemplateLiteral, holes: Value[]): { text: string; holes: Value[] } {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return { text: template.text, holes: [] };
  let text = template.head.text;
  template.templateSpans.forEach((span, index) => {
    text += `$${index + 1}${span.literal.text}`;
  });
  return { text, holes };
}

function isConst(declaration: ts.VariableDeclaration): boolean {
  return ts.isVariableDeclarationList(declaration.parent) && (declaration.parent.flags & ts.NodeFlags.Const) !== 0;
}
