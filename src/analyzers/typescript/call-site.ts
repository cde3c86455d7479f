import { ts } from "ts-morph";
import type { CallRuleBase } from "./rules.js";
import { type FunctionLike, isFunctionLike, type ScanContext } from "./context.js";
import { type ModuleOrigin, moduleMatches, skipOuter } from "./origins.js";

/**
 * One call expression, described the ways rules ask about it: its name, the names its receiver
 * answers to, the package it comes from, the functions it may run. Each is computed on first
 * use, so calls no rule mentions never pay for a type query.
 */
export class CallSite {
  readonly callee: ts.Expression;
  readonly receiver?: ts.Expression;
  readonly name: string;
  private qualifierSet?: Set<string>;
  private originValue?: ModuleOrigin | null;
  private targets?: FunctionLike[];

  constructor(
    private readonly ctx: ScanContext,
    readonly node: ts.CallExpression | ts.NewExpression | ts.TaggedTemplateExpression,
  ) {
    const callee = skipOuter(ts.isTaggedTemplateExpression(node) ? node.tag : node.expression);
    this.callee = callee;
    if (ts.isPropertyAccessExpression(callee)) {
      this.receiver = callee.expression;
      this.name = callee.name.text;
    } else if (ts.isElementAccessExpression(callee) && ts.isStringLiteralLike(callee.argumentExpression)) {
      this.receiver = callee.expression;
      this.name = callee.argumentExpression.text;
    } else if (ts.isIdentifier(callee)) {
      this.name = callee.text;
    } else {
      this.name = "";
    }
  }

  get isNew(): boolean {
    return ts.isNewExpression(this.node);
  }

  /** The callee as written, for notes (`this.ads.track`, `logger.info`). */
  get text(): string {
    const text = this.callee.getText();
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
  }

  /** Names the receiver answers to: its identifier, its dotted text, its type's names. */
  get qualifiers(): Set<string> {
    if (this.qualifierSet) return this.qualifierSet;
    const names = new Set<string>();
    if (this.receiver) {
      const receiver = skipOuter(this.receiver);
      const dotted = dottedText(receiver);
      if (dotted) names.add(dotted);
      if (ts.isIdentifier(receiver)) names.add(receiver.text);
      try {
        const type = this.ctx.checker.getTypeAtLocation(receiver);
        for (const name of this.ctx.types.namesOf(type)) names.add(name);
        // A static call (`Logger.info`) answers to the class itself.
        const symbol = this.ctx.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(receiver) ? receiver.name : receiver);
        if (symbol && symbol.flags & ts.SymbolFlags.Class) names.add(symbol.getName());
      } catch {
        // A type query that fails leaves the syntactic names.
      }
    } else {
      // `track(x)` after `import { track } from "./ads"`: the function answers to its own module's exports.
      const declaration = this.declaration;
      const owner = declaration && ownerOf(declaration);
      if (owner) names.add(owner);
    }
    this.qualifierSet = names;
    return names;
  }

  /** The package the called value comes from (`pino` for `logger.info` after `const logger = pino()`). */
  get origin(): ModuleOrigin | undefined {
    if (this.originValue === undefined) this.originValue = this.ctx.origins.of(this.receiver ?? this.callee) ?? null;
    return this.originValue ?? undefined;
  }

  /** The root identifier of the callee chain (`console` in `console.log`). */
  get rootIdentifier(): ts.Identifier | undefined {
    let current: ts.Expression = this.callee;
    while (ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current)) current = skipOuter(current.expression);
    return ts.isIdentifier(current) ? current : undefined;
  }

  /** Whether the root identifier is a global (declared nowhere in the scanned code). */
  get isGlobalRoot(): boolean {
    const root = this.rootIdentifier;
    if (!root) return false;
    const symbol = this.ctx.checker.getSymbolAtLocation(root);
    if (!symbol) return true;
    return (symbol.declarations ?? []).every((d) => d.getSourceFile().isDeclarationFile);
  }

  /** The declaration the callee resolves to (function, method, constructor, signature). */
  get declaration(): ts.Declaration | undefined {
    const nameNode = ts.isPropertyAccessExpression(this.callee) ? this.callee.name : this.callee;
    let symbol = this.ctx.checker.getSymbolAtLocation(nameNode);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.ctx.checker.getAliasedSymbol(symbol);
    if (!symbol) return undefined;
    const declarations = symbol.declarations ?? [];
    return declarations.find((d) => isFunctionLike(d) && (d as FunctionLike).body) ?? declarations[0];
  }

  /**
   * The functions with bodies this call may run: the resolved one, or for a method called through
   * an interface or a base class, every implementation and override in the scanned code.
   */
  get functions(): FunctionLike[] {
    if (this.targets) return this.targets;
    const found: FunctionLike[] = [];
    const declaration = this.isNew ? undefined : this.declaration;
    if (this.isNew) {
      const classDeclaration = this.classOfNew();
      const constructor = classDeclaration && constructorOf(classDeclaration, this.ctx);
      if (constructor) found.push(constructor);
    } else if (declaration) {
      const fn = asFunction(declaration);
      if (fn?.body && !fn.getSourceFile().isDeclarationFile) found.push(fn);
      const owner = ownerOf(declaration);
      const member = this.name;
      if (owner && member && (ts.isMethodSignature(declaration) || ts.isMethodDeclaration(declaration) || ts.isPropertySignature(declaration))) {
        for (const impl of [...this.ctx.types.implementationsOf(owner)].sort()) {
          for (const cls of this.ctx.classes.get(impl) ?? []) {
            const method = cls.members.find(
              (m): m is ts.MethodDeclaration => ts.isMethodDeclaration(m) && m.body !== undefined && m.name.getText() === member,
            );
            if (method && !found.includes(method)) found.push(method);
          }
        }
      }
    }
    this.targets = found;
    return found;
  }

  private classOfNew(): ts.ClassDeclaration | undefined {
    let symbol = this.ctx.checker.getSymbolAtLocation(this.callee);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.ctx.checker.getAliasedSymbol(symbol);
    const declaration = symbol?.declarations?.find(ts.isClassDeclaration);
    return declaration && !declaration.getSourceFile().isDeclarationFile ? declaration : undefined;
  }

  /** Whether a rule's qualifier, module and declaration constraints hold for this call. */
  matches(rule: CallRuleBase): boolean {
    if (rule.declaration) {
      const declaration = this.declaration;
      const targets = this.functions;
      if (declaration !== rule.declaration && !targets.includes(rule.declaration as FunctionLike)) {
        // Methods: an override or implementation of the annotated member also matches.
        if (!rule.qualifier || !this.qualifiers.has(rule.qualifier)) return false;
      }
    } else if (rule.qualifier && !this.qualifiers.has(rule.qualifier)) {
      return false;
    }
    if (rule.module) {
      const origin = this.origin;
      if (!origin || !moduleMatches(origin.module, rule.module)) return false;
    }
    return true;
  }
}

function dottedText(node: ts.Expression): string | undefined {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) {
    const base = dottedText(skipOuter(node.expression));
    return base ? `${base}.${node.name.text}` : undefined;
  }
  if (node.kind === ts.SyntaxKind.ThisKeyword) return "this";
  return undefined;
}

function ownerOf(declaration: ts.Declaration): string | undefined {
  const parent = declaration.parent;
  if ((ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent) || ts.isClassExpression(parent)) && parent.name) return parent.name.text;
  return undefined;
}

function asFunction(declaration: ts.Declaration): FunctionLike | undefined {
  if (isFunctionLike(declaration)) return declaration;
  if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
    const init = skipOuter(declaration.initializer);
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
  }
  if ((ts.isPropertyAssignment(declaration) || ts.isPropertyDeclaration(declaration)) && declaration.initializer) {
    const init = skipOuter(declaration.initializer);
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
  }
  return undefined;
}

/** A class's constructor, or the nearest base class's when it declares none. */
function constructorOf(declaration: ts.ClassDeclaration, ctx: ScanContext): ts.ConstructorDeclaration | undefined {
  let current: ts.ClassDeclaration | undefined = declaration;
  for (let depth = 0; current && depth < 8; depth++) {
    const constructor = current.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && m.body !== undefined);
    if (constructor) return constructor;
    const base = current.heritageClauses?.find((c) => c.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    if (!base) return undefined;
    let symbol = ctx.checker.getSymbolAtLocation(base.expression);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = ctx.checker.getAliasedSymbol(symbol);
    current = symbol?.declarations?.find(ts.isClassDeclaration);
  }
  return undefined;
}
