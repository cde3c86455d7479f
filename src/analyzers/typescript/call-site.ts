import { ts } from "ts-morph";
import type { CallRuleBase } from "./rules.js";
import { componentWrapperOf, loadedDefaultExport } from "./components.js";
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
    /** A function passed by reference inside `node` (`list.map(hashEmail)`), described as if called. */
    private readonly reference?: ts.Expression,
  ) {
    const callee = skipOuter(reference ?? (ts.isTaggedTemplateExpression(node) ? node.tag : node.expression));
    this.callee = callee;
    if (ts.isPropertyAccessExpression(callee)) {
      this.receiver = callee.expression;
      this.name = callee.name.text;
    } else if (ts.isElementAccessExpression(callee)) {
      // `obj["track"](x)` is a method call by name; `obj[key](x)`, `list[Symbol.iterator]()` one with no name.
      this.receiver = callee.expression;
      this.name = ts.isStringLiteralLike(callee.argumentExpression) ? callee.argumentExpression.text : "";
    } else if (ts.isIdentifier(callee)) {
      this.name = callee.text;
    } else {
      this.name = "";
    }
  }

  get isNew(): boolean {
    return !this.reference && ts.isNewExpression(this.node);
  }

  /** `super(...)` in a constructor. */
  get isSuperCall(): boolean {
    return this.callee.kind === ts.SyntaxKind.SuperKeyword;
  }

  /** For `super(…)`: the expression the enclosing class extends (`Entity`, `Error`, `mixin(Base)`). */
  get superExpression(): ts.Expression | undefined {
    let cls: ts.Node | undefined = this.node.parent;
    while (cls && !ts.isClassLike(cls)) cls = cls.parent;
    return cls && extendedExpression(cls as ts.ClassLikeDeclaration);
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
    const declaration = this.isNew || this.isSuperCall ? undefined : this.declaration;
    if (this.isNew) {
      const classDeclaration = this.classOfNew();
      const constructor = classDeclaration && constructorOf(classDeclaration, this.ctx);
      if (constructor) found.push(constructor);
    } else if (this.isSuperCall) {
      // `super(…)` names the base class: it runs the nearest constructor at or above it.
      const extended = this.superExpression;
      const base = extended && classNamedBy(extended, this.ctx);
      const constructor = base && constructorOf(base, this.ctx);
      if (constructor && !constructor.getSourceFile().isDeclarationFile) found.push(constructor);
    } else if (declaration) {
      const fn = asFunction(declaration);
      if (fn?.body && !fn.getSourceFile().isDeclarationFile) found.push(fn);
      else if (!fn && ts.isVariableDeclaration(declaration) && declaration.initializer && !declaration.getSourceFile().isDeclarationFile) {
        // `const extract = faithOf; extract(p)`
        if (ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) found.push(...functionsOf(this.ctx, declaration.initializer));
      }
      const owner = ownerOf(declaration);
      const member = this.name;
      const virtual = this.receiver === undefined || skipOuter(this.receiver).kind !== ts.SyntaxKind.SuperKeyword;
      if (virtual && owner && member && (ts.isMethodSignature(declaration) || ts.isMethodDeclaration(declaration) || ts.isPropertySignature(declaration))) {
        // Virtual dispatch: the overrides and implementations below the receiver's static type
        // (`super.m()` runs exactly the base method).
        for (const cls of this.receiverSubclasses(declaration)) {
          // A method, or a property holding an arrow function (`notify = (m) => …`).
          for (const m of cls.members) {
            if (!(ts.isMethodDeclaration(m) || ts.isPropertyDeclaration(m)) || m.name.getText() !== member) continue;
            const method = asFunction(m);
            if (method?.body && !found.includes(method)) found.push(method);
          }
        }
      }
    }
    if (this.receiver && declaration && (ts.isMethodSignature(declaration) || ts.isPropertySignature(declaration))) {
      // `const notifier: Notifier = { notify(m) { … } }`: exactly the object the receiver names.
      const method = memberOfObject(this.ctx, this.receiver, this.name);
      if (method) found.splice(0, found.length, method);
    }
    this.targets = found;
    return found;
  }

  /**
   * The classes below the receiver's static type (below the method's owner when there is no
   * receiver or its type is unknown), in source order: the overrides a call may run.
   */
  private receiverSubclasses(declaration: ts.Declaration): ts.ClassDeclaration[] {
    const owners: ts.Symbol[] = [];
    if (this.receiver) {
      try {
        const type = this.ctx.checker.getTypeAtLocation(skipOuter(this.receiver));
        for (const t of type.isUnion() ? type.types : [type]) {
          const symbol = t.getSymbol() ?? t.aliasSymbol;
          if (symbol && symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface)) owners.push(symbol);
        }
      } catch {
        // An unknown receiver type: dispatch from the owner below.
      }
    }
    const owner = (declaration.parent as ts.NamedDeclaration | undefined)?.name;
    if (owners.length === 0 && owner) {
      const symbol = this.ctx.checker.getSymbolAtLocation(owner);
      if (symbol) owners.push(symbol);
    }
    const classes = new Set<ts.ClassDeclaration>();
    for (const symbol of owners) for (const cls of this.ctx.types.subclassesOf(symbol)) classes.add(cls);
    return [...classes].sort(compareDeclarations);
  }

  /**
   * For `new C(...)`: C and its base classes up to the first one with a constructor of its own,
   * whose instance field initializers no constructor of the scanned code runs (they run in place).
   */
  get classesWithoutConstructor(): ts.ClassDeclaration[] {
    const found: ts.ClassDeclaration[] = [];
    let current = this.isNew ? this.classOfNew() : undefined;
    for (let depth = 0; current && depth < 8; depth++) {
      if (current.members.some((m) => ts.isConstructorDeclaration(m) && m.body !== undefined)) break;
      found.push(current);
      const base = current.heritageClauses?.find((c) => c.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
      if (!base) break;
      let symbol = this.ctx.checker.getSymbolAtLocation(base.expression);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.ctx.checker.getAliasedSymbol(symbol);
      current = symbol?.declarations?.find(ts.isClassDeclaration);
      if (current?.getSourceFile().isDeclarationFile) break;
    }
    return found;
  }

  private classOfNew(): ts.ClassDeclaration | undefined {
    let symbol = this.ctx.checker.getSymbolAtLocation(this.callee);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.ctx.checker.getAliasedSymbol(symbol);
    let declaration = symbol?.declarations?.find(ts.isClassDeclaration);
    if (!declaration && ts.isNewExpression(this.node)) {
      // `new ModelClass(item, store)`: a class held in a value typed `typeof Model` runs Model's
      // constructor (a subclass's own constructor is not known here).
      const made = this.ctx.checker.getTypeAtLocation(this.callee).getSymbol();
      declaration = made?.declarations?.find(ts.isClassDeclaration);
    }
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

/**
 * The functions with bodies a function-valued expression may stand for: a function written in
 * place, a function or method named by reference (`list.map(faithOf)`, `this.handle`), a
 * variable holding one (`const extract = faithOf`), a module's default export, a component
 * wrapper's component (`memo(Row)`).
 */
export function functionsOf(ctx: ScanContext, expression: ts.Expression): FunctionLike[] {
  return definitionsOf(ctx, expression).flatMap(({ node }) => (isFunctionLike(node) ? [node] : []));
}

/** A function or class of the scanned code that an expression stands for. */
export interface Definition {
  node: FunctionLike | ts.ClassLikeDeclaration;
  /** Reached through `forwardRef`: a render function React calls with the props and the ref. */
  forwardsRef: boolean;
}

/**
 * The functions (with bodies) and classes of the scanned code an expression stands for, followed
 * through `const` bindings, imports, `export default`, `.bind(…)` and component wrappers.
 */
export function definitionsOf(ctx: ScanContext, expression: ts.Expression, depth = 0, forwardsRef = false): Definition[] {
  const node = skipOuter(expression);
  if (isFunctionLike(node)) return node.body ? [{ node, forwardsRef }] : [];
  if (ts.isClassExpression(node)) return [{ node, forwardsRef }];
  if (depth > 4) return [];
  if (ts.isCallExpression(node)) {
    // `handler.bind(thisArg)`: the same function (bound arguments are not tracked).
    if (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "bind") return definitionsOf(ctx, node.expression.expression, depth + 1, forwardsRef);
    const wrapped = componentWrapperOf(ctx, node);
    if (!wrapped?.component) return [];
    const ref = forwardsRef || wrapped.wrapper.forwardsRef === true;
    if (!wrapped.wrapper.loads) return definitionsOf(ctx, wrapped.component, depth + 1, ref);
    const loaded = loadedDefaultExport(ctx, wrapped.component);
    return loaded ? definitionsOfSymbol(ctx, loaded, depth + 1, ref) : [];
  }
  if (!(ts.isIdentifier(node) || ts.isPropertyAccessExpression(node))) return [];
  const symbol = ctx.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node) ? node.name : node);
  return symbol ? definitionsOfSymbol(ctx, symbol, depth, forwardsRef) : [];
}

function definitionsOfSymbol(ctx: ScanContext, symbol: ts.Symbol, depth: number, forwardsRef: boolean): Definition[] {
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = ctx.checker.getAliasedSymbol(symbol);
  const found: Definition[] = [];
  for (const declaration of symbol.declarations ?? []) {
    if (declaration.getSourceFile().isDeclarationFile) continue;
    const fn = asFunction(declaration);
    if (fn?.body) found.push({ node: fn, forwardsRef });
    else if (ts.isClassDeclaration(declaration)) found.push({ node: declaration, forwardsRef });
    else if (ts.isVariableDeclaration(declaration) && declaration.initializer && ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) {
      found.push(...definitionsOf(ctx, declaration.initializer, depth + 1, forwardsRef));
    } else if (ts.isExportAssignment(declaration)) {
      // `export default observer(Profile)`, `export default (props) => …`
      found.push(...definitionsOf(ctx, declaration.expression, depth + 1, forwardsRef));
    }
  }
  return found;
}

/** The method `name` of the object literal a `const` receiver is initialised with. */
function memberOfObject(ctx: ScanContext, receiver: ts.Expression, name: string): FunctionLike | undefined {
  const node = skipOuter(receiver);
  if (!ts.isIdentifier(node)) return undefined;
  let symbol = ctx.checker.getSymbolAtLocation(node);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = ctx.checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer || declaration.getSourceFile().isDeclarationFile) return undefined;
  const object = skipOuter(declaration.initializer);
  if (!ts.isObjectLiteralExpression(object)) return undefined;
  for (const property of object.properties) {
    if (!property.name || property.name.getText() !== name) continue;
    const fn = ts.isMethodDeclaration(property) ? property : asFunction(property as ts.Declaration);
    if (fn?.body) return fn;
  }
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
    const extended = extendedExpression(current);
    current = extended && classNamedBy(extended, ctx);
  }
  return undefined;
}

/** The expression a class extends (`Entity`, `Error`, `mixin(Base)`). */
function extendedExpression(cls: ts.ClassLikeDeclaration): ts.Expression | undefined {
  return cls.heritageClauses?.find((c) => c.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
}

/** The class an expression names (aliases followed), when it is declared as a class. */
function classNamedBy(expression: ts.Expression, ctx: ScanContext): ts.ClassDeclaration | undefined {
  let symbol = ctx.checker.getSymbolAtLocation(expression);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = ctx.checker.getAliasedSymbol(symbol);
  return symbol?.declarations?.find(ts.isClassDeclaration);
}

/** Declarations in a stable order: by file, then position. */
function compareDeclarations(a: ts.Node, b: ts.Node): number {
  const fa = a.getSourceFile().fileName;
  const fb = b.getSourceFile().fileName;
  return fa < fb ? -1 : fa > fb ? 1 : a.pos - b.pos;
}
