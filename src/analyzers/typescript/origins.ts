import { ts } from "ts-morph";

/**
 * Where a value comes from, when it comes from a package: `logger` in
 * `const logger = pino()` comes from module `pino`; `openai.chat.completions` from `openai`
 * with member path `chat.completions`. Found syntactically through declarations, so it works
 * without the package's types installed (a scanned repository rarely has node_modules).
 */
export interface ModuleOrigin {
  module: string;
  /** Members read after the import binding (`create`, `chat`, `completions` …). */
  members: string[];
  /** The `new`/call expression that made the value, when there is one (axios.create({ baseURL })). */
  factory?: ts.CallExpression | ts.NewExpression;
}

const MAX_DEPTH = 12;

export class OriginResolver {
  private readonly cache = new Map<ts.Node, ModuleOrigin | null>();

  constructor(private readonly checker: ts.TypeChecker) {}

  of(expression: ts.Expression): ModuleOrigin | undefined {
    return this.expression(expression, 0) ?? undefined;
  }

  private expression(node: ts.Expression, depth: number): ModuleOrigin | null {
    if (depth > MAX_DEPTH) return null;
    node = skipOuter(node);
    if (ts.isIdentifier(node)) return this.identifier(node, depth);
    if (ts.isPropertyAccessExpression(node)) {
      if (node.expression.kind === ts.SyntaxKind.ThisKeyword) return this.symbolOf(node.name, depth);
      const base = this.expression(node.expression, depth + 1);
      return base ? { ...base, members: [...base.members, node.name.text] } : null;
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const base = this.expression(node.expression, depth + 1);
      return base ? { ...base, factory: node } : null;
    }
    if (ts.isAwaitExpression(node)) return this.expression(node.expression, depth + 1);
    return null;
  }

  private identifier(node: ts.Identifier, depth: number): ModuleOrigin | null {
    return this.symbolOf(node, depth);
  }

  private symbolOf(node: ts.Node, depth: number): ModuleOrigin | null {
    let symbol = this.checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) {
      // `import { logger } from "./logger.js"`: follow the binding into the project's own module
      // (where `logger = pino()` says which package it comes from); a package's own export stays
      // an import of that package.
      const target = this.checker.getAliasedSymbol(symbol);
      const declaration = target.declarations?.[0];
      if (declaration && !declaration.getSourceFile().isDeclarationFile && !ts.isSourceFile(declaration)) symbol = target;
      else symbol = this.lastProjectAlias(symbol);
    }
    const declaration = symbol?.declarations?.[0];
    if (!declaration) return null;
    if (this.cache.has(declaration)) return this.cache.get(declaration) ?? null;
    this.cache.set(declaration, null); // guards cycles
    const origin = this.declaration(declaration, depth + 1);
    this.cache.set(declaration, origin);
    return origin;
  }

  /**
   * The last import or re-export in the project's own files on the way to a package:
   * `import { PostHog } from "@acme/analytics/server"`, where that workspace module says
   * `import { PostHog } from "posthog-node"; export { PostHog }`, comes from `posthog-node`.
   */
  private lastProjectAlias(symbol: ts.Symbol): ts.Symbol {
    let step = symbol;
    for (let hops = 0; hops < MAX_DEPTH && step.flags & ts.SymbolFlags.Alias; hops++) {
      const next = this.checker.getImmediateAliasedSymbol(step);
      const declaration = next?.declarations?.[0];
      if (!next || !declaration || declaration.getSourceFile().isDeclarationFile || ts.isSourceFile(declaration)) break;
      step = next;
    }
    return step;
  }

  private declaration(declaration: ts.Declaration, depth: number): ModuleOrigin | null {
    if (ts.isImportSpecifier(declaration)) {
      const module = moduleOfImport(declaration.parent.parent.parent);
      const imported = (declaration.propertyName ?? declaration.name).text;
      return module ? { module, members: [imported] } : null;
    }
    if (ts.isExportSpecifier(declaration) && declaration.parent.parent.moduleSpecifier) {
      // `export { PostHog } from "posthog-node"` in a workspace package's entry.
      const specifier = declaration.parent.parent.moduleSpecifier;
      const imported = (declaration.propertyName ?? declaration.name).text;
      return ts.isStringLiteral(specifier) ? { module: specifier.text, members: [imported] } : null;
    }
    if (ts.isImportClause(declaration)) {
      const module = moduleOfImport(declaration.parent);
      return module ? { module, members: [] } : null;
    }
    if (ts.isNamespaceImport(declaration)) {
      const module = moduleOfImport(declaration.parent.parent);
      return module ? { module, members: [] } : null;
    }
    if (ts.isImportEqualsDeclaration(declaration)) {
      const ref = declaration.moduleReference;
      if (ts.isExternalModuleReference(ref) && ts.isStringLiteral(ref.expression)) return { module: ref.expression.text, members: [] };
      return null;
    }
    // A project function whose declared return type is a package's (`function getTransport():
    // Transporter`): calling it gives that package's value, however the body builds it.
    if ((ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration)) && declaration.type) return this.typeNode(declaration.type, depth);
    if (ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration) || ts.isParameter(declaration)) {
      const init = declaration.initializer && skipOuter(declaration.initializer);
      if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) return init.type ? this.typeNode(init.type, depth) : null;
      if (init) {
        const required = requireCall(init);
        if (required) return { module: required, members: [] };
        if (ts.isVariableDeclaration(declaration) && ts.isObjectBindingPattern(declaration.name)) return null;
        const fromInit = this.expression(init, depth);
        if (fromInit) return fromInit;
      }
      if (ts.isBindingElement(declaration)) return null;
      if (declaration.type) return this.typeNode(declaration.type, depth);
      return null;
    }
    if (ts.isBindingElement(declaration)) {
      // const { chat } = openai  /  const { PrismaClient } = require("@prisma/client")
      const pattern = declaration.parent;
      const holder = pattern.parent;
      if (ts.isVariableDeclaration(holder) && holder.initializer) {
        const required = requireCall(holder.initializer);
        const base = required ? { module: required, members: [] as string[] } : this.expression(holder.initializer, depth);
        const name = (declaration.propertyName ?? declaration.name) as ts.Node;
        if (base && ts.isIdentifier(name)) return { ...base, members: [...base.members, name.text] };
      }
      return null;
    }
    return null;
  }

  /** `logger: Logger` where `Logger` is imported from a package. */
  private typeNode(type: ts.TypeNode, depth: number): ModuleOrigin | null {
    if (!ts.isTypeReferenceNode(type)) return null;
    return ts.isIdentifier(type.typeName) ? this.identifier(type.typeName, depth) : this.expressionOfEntity(type.typeName, depth);
  }

  private expressionOfEntity(name: ts.QualifiedName, depth: number): ModuleOrigin | null {
    const left = ts.isIdentifier(name.left) ? this.identifier(name.left, depth) : this.expressionOfEntity(name.left, depth + 1);
    return left ? { ...left, members: [...left.members, name.right.text] } : null;
  }
}

function moduleOfImport(node: ts.Node): string | undefined {
  if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) return node.moduleSpecifier.text;
  return undefined;
}

function requireCall(node: ts.Expression): string | undefined {
  node = skipOuter(node);
  if (
    ts.isCallExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === "require" &&
    node.arguments.length === 1 &&
    ts.isStringLiteral(node.arguments[0])
  ) {
    return node.arguments[0].text;
  }
  if (ts.isPropertyAccessExpression(node)) return requireCall(node.expression);
  return undefined;
}

/** Strips parentheses, casts, `!`, `satisfies`: they do not change where a value comes from. */
export function skipOuter(node: ts.Expression): ts.Expression {
  for (;;) {
    if (
      ts.isParenthesizedExpression(node) ||
      ts.isAsExpression(node) ||
      ts.isNonNullExpression(node) ||
      ts.isSatisfiesExpression(node) ||
      ts.isTypeAssertionExpression(node)
    ) {
      node = node.expression;
    } else {
      return node;
    }
  }
}

/** `pkg` or `pkg/sub` matches `pkg`; `@scope/pkg/sub` matches `@scope/pkg`. */
export function moduleMatches(actual: string, wanted: string): boolean {
  return actual === wanted || actual.startsWith(`${wanted}/`);
}
