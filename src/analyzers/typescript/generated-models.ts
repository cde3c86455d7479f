import { ts } from "ts-morph";

/**
 * The model a field of an ORM's generated client belongs to, where the field's type names no
 * model of its own. Prisma generates, for each model, a payload type `$UserPayload` whose
 * `scalars` list the columns; every row type the client returns is computed from it:
 *
 * - a whole row (`User`, `findUnique` without `select`) keeps the declarations of `scalars`, so
 *   a field is declared inside `$UserPayload`;
 * - a `select` result is a mapped type over the keys selected, whose fields are declared in the
 *   query's `select` argument, or nowhere: the payload is only among the type arguments the
 *   mapped type was instantiated with.
 *
 * So a `User.email` property rule matches `user.email` read from a Prisma query as it would a
 * hand-written `interface User`. Kysely's generated `DB` keeps its table interfaces, and
 * Drizzle's tables are matched through the variable they are built in (see schemaVariableOf in
 * type-facts.ts), so neither needs anything here.
 */
export function generatedModelOf(property: ts.Symbol): string | undefined {
  for (const declaration of property.declarations ?? []) {
    const model = enclosingPayloadModel(declaration);
    if (model) return model;
  }
  return mappedPayloadModel(property);
}

/** `$UserPayload` → `User`. */
const PAYLOAD = /^\$(\w+)Payload$/;

/** The model of the `$XPayload` alias a declaration is written in (a few type literals down). */
function enclosingPayloadModel(declaration: ts.Node): string | undefined {
  let node: ts.Node | undefined = declaration.parent;
  for (let depth = 0; node && depth < 8; depth++, node = node.parent) {
    if (ts.isTypeAliasDeclaration(node)) return PAYLOAD.exec(node.name.text)?.[1];
    if (ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node) || ts.isSourceFile(node)) return undefined;
  }
  return undefined;
}

/**
 * A field of a mapped type (a `select` result) made from a payload: the payload is a target of
 * the mapper the mapped type was instantiated with. The checker keeps that mapper on the
 * field's symbol links, which its public API does not expose, hence the guarded reads.
 */
function mappedPayloadModel(property: ts.Symbol): string | undefined {
  const links = (property as { links?: { mappedType?: { mapper?: unknown } } }).links;
  const targets: ts.Type[] = [];
  mapperTargets(links?.mappedType?.mapper, targets, 0);
  for (const target of targets) {
    const model = target.aliasSymbol && PAYLOAD.exec(target.aliasSymbol.getName())?.[1];
    if (model) return model;
  }
  return undefined;
}

interface TypeMapperShape {
  target?: ts.Type;
  targets?: readonly ts.Type[];
  mapper1?: unknown;
  mapper2?: unknown;
}

/** The types a mapper maps to (simple, array, composite and merged mappers). */
function mapperTargets(mapper: unknown, into: ts.Type[], depth: number): void {
  if (!mapper || typeof mapper !== "object" || depth > 8) return;
  const shape = mapper as TypeMapperShape;
  if (shape.target && typeof shape.target === "object") into.push(shape.target);
  if (Array.isArray(shape.targets)) into.push(...shape.targets);
  mapperTargets(shape.mapper1, into, depth + 1);
  mapperTargets(shape.mapper2, into, depth + 1);
}
