import { ts } from "ts-morph";
import { skipOuter } from "./origins.js";

/**
 * Static keys of element accesses and computed property names: which field `obj[key]` names when
 * the key is known before the program runs.
 */

/** A key written as a literal: `p["religion"]`, `row[0]`. */
export function literalKey(expression: ts.Expression): string | undefined {
  const inner = skipOuter(expression);
  if (ts.isStringLiteral(inner) || ts.isNumericLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) return inner.text;
  return undefined;
}

/** Symbols a constant key can name: variables (`const FAITH_KEY = "religion"`), `as const` members, enum members. */
const KEY_HOLDERS = ts.SymbolFlags.Variable | ts.SymbolFlags.Property | ts.SymbolFlags.EnumMember;

/**
 * A literal key, or a name whose type is a single string or number literal: `p[FAITH_KEY]` with
 * `const FAITH_KEY = "religion"` (also imported), `p[Fields.name]` of an `as const` object, an enum
 * member. Only names and member accesses are looked at, and the declared type (cached per symbol)
 * decides first; the flow-narrowed type is asked for only when the declared type is a union of
 * literals (`const REGION: SegmentKey = "region"`), the one case narrowing can make a constant.
 */
export function constantKey(checker: ts.TypeChecker, expression: ts.Expression): string | undefined {
  const literal = literalKey(expression);
  if (literal !== undefined) return literal;
  const inner = skipOuter(expression);
  if (!ts.isIdentifier(inner) && !ts.isPropertyAccessExpression(inner)) return undefined;
  let symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(inner) ? inner.name : inner);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  if (!symbol || !(symbol.flags & KEY_HOLDERS)) return undefined;
  const declared = checker.getTypeOfSymbol(symbol);
  const key = literalTypeKey(declared);
  if (key !== undefined || !declared.isUnion() || !declared.types.every((t) => t.isLiteral())) return key;
  return literalTypeKey(checker.getTypeAtLocation(inner));
}

function literalTypeKey(type: ts.Type): string | undefined {
  if (type.isStringLiteral()) return type.value;
  if (type.isNumberLiteral()) return String(type.value);
  return undefined;
}
