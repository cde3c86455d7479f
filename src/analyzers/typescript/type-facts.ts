import { ts } from "ts-morph";
import type { SourceMark } from "../../graph/lineage-graph.js";
import { generatedModelOf } from "./generated-models.js";
import type { PropertyLabel, RuleIndex } from "./rules.js";
import { ANY_FIELD, MAX_PATH } from "./value.js";

/** A labelled field inside a value of some type: `religion`, or `profile.health.bloodType`. */
export interface LabelledField {
  path: string[];
  mark: SourceMark;
}

/**
 * What the analyzer asks of types, cached per type: the names a receiver answers to (its class,
 * base classes, interfaces and their implementations) and the labelled fields a value holds.
 */
export class TypeFacts {
  private readonly namesCache = new Map<ts.Type, Set<string>>();
  private readonly fieldsCache = new Map<ts.Type, LabelledField[][]>();
  private readonly computing = new Set<ts.Type>();
  /** Schema variable name → the type aliases inferred from it (see recordInferredType). */
  private readonly inferredTypes = new Map<string, Set<string>>();
  /** Interface or class name → names of classes that implement or extend it. */
  private readonly implementations = new Map<string, Set<string>>();
  /**
   * Class or interface symbol → the classes declared to extend or implement it. Keyed by symbol,
   * not name: real applications declare a `Model` or a `User` class in each of their tiers.
   */
  private readonly subclasses = new Map<ts.Symbol, Set<ts.ClassDeclaration>>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly rules: RuleIndex,
  ) {}

  /**
   * Records `type Signup = z.infer<typeof signupSchema>` (any generic of `typeof` a variable:
   * zod's `z.output`, valibot's `InferOutput`, yup's `InferType`, drizzle's `InferSelectModel`),
   * so that a `Signup.email` rule matches the fields declared in that schema.
   */
  recordInferredType(declaration: ts.TypeAliasDeclaration): void {
    const type = declaration.type;
    if (!ts.isTypeReferenceNode(type) || type.typeArguments?.length !== 1) return;
    const query = type.typeArguments[0];
    if (!ts.isTypeQueryNode(query) || !ts.isIdentifier(query.exprName)) return;
    let names = this.inferredTypes.get(query.exprName.text);
    if (!names) this.inferredTypes.set(query.exprName.text, (names = new Set()));
    names.add(declaration.name.text);
  }

  /** Records `class A extends B implements C` so that calls through `C` also answer to `A`. */
  recordHeritage(declaration: ts.ClassDeclaration | ts.InterfaceDeclaration): void {
    const name = declaration.name?.text;
    if (!name) return;
    for (const clause of declaration.heritageClauses ?? []) {
      for (const type of clause.types) {
        const base = type.expression;
        const baseName = ts.isIdentifier(base) ? base.text : ts.isPropertyAccessExpression(base) ? base.name.text : undefined;
        if (!baseName) continue;
        let set = this.implementations.get(baseName);
        if (!set) this.implementations.set(baseName, (set = new Set()));
        set.add(name);
        if (ts.isClassDeclaration(declaration)) this.recordSubclass(base, declaration);
      }
    }
  }

  private recordSubclass(base: ts.Expression, declaration: ts.ClassDeclaration): void {
    const symbol = this.declaredSymbol(base);
    if (!symbol) return;
    let set = this.subclasses.get(symbol);
    if (!set) this.subclasses.set(symbol, (set = new Set()));
    set.add(declaration);
  }

  /** The class or interface a heritage expression or a type names (aliases followed). */
  private declaredSymbol(expression: ts.Expression): ts.Symbol | undefined {
    let symbol = this.checker.getSymbolAtLocation(expression);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    return symbol;
  }

  /** The classes below a class or interface symbol, transitively (interfaces and classes between included). */
  subclassesOf(symbol: ts.Symbol): ts.ClassDeclaration[] {
    const result = new Set<ts.ClassDeclaration>();
    const seen = new Set<ts.Symbol>([symbol]);
    const queue = [symbol];
    while (queue.length) {
      const next = queue.pop()!;
      for (const cls of this.subclasses.get(next) ?? []) {
        result.add(cls);
        const own = cls.name && this.checker.getSymbolAtLocation(cls.name);
        if (own && !seen.has(own)) {
          seen.add(own);
          queue.push(own);
        }
      }
    }
    return [...result];
  }

  implementationsOf(name: string): Set<string> {
    const result = new Set<string>();
    const queue = [name];
    while (queue.length) {
      const next = queue.pop()!;
      for (const impl of this.implementations.get(next) ?? []) {
        if (!result.has(impl)) {
          result.add(impl);
          queue.push(impl);
        }
      }
    }
    return result;
  }

  /** Class, interface and alias names the type answers to, with bases and implementations. */
  namesOf(type: ts.Type): Set<string> {
    const cached = this.namesCache.get(type);
    if (cached) return cached;
    const names = new Set<string>();
    this.namesCache.set(type, names);
    const visit = (t: ts.Type, depth: number): void => {
      if (depth > 6) return;
      if (t.isUnion() || t.isIntersection()) {
        for (const member of t.types) visit(member, depth + 1);
        return;
      }
      const symbol = t.aliasSymbol ?? t.getSymbol();
      if (symbol) names.add(symbol.getName());
      if (t.aliasSymbol && t.getSymbol()) names.add(t.getSymbol()!.getName());
      const target = (t as ts.TypeReference).target ?? t;
      if (target.isClassOrInterface()) {
        for (const base of this.checker.getBaseTypes(target)) visit(base, depth + 1);
        for (const declaration of target.getSymbol()?.declarations ?? []) {
          if (!ts.isClassDeclaration(declaration)) continue;
          for (const clause of declaration.heritageClauses ?? []) {
            if (clause.token !== ts.SyntaxKind.ImplementsKeyword) continue;
            for (const impl of clause.types) visit(this.checker.getTypeAtLocation(impl), depth + 1);
          }
        }
      }
    };
    visit(type, 0);
    for (const name of [...names]) for (const impl of this.implementationsOf(name)) names.add(impl);
    return names;
  }

  /** The labelled fields a value of this type holds (nested up to the access-path bound). */
  labelledFields(type: ts.Type): LabelledField[] {
    if (this.rules.properties.size === 0) return [];
    return this.fieldsOf(type, 0);
  }

  /**
   * Cached per type and depth (a type first met deep inside another is cut shorter than at the
   * top). A type met again while its own fields are being computed (`Comment.parent: Comment`)
   * adds nothing more: the access-path bound would cut that cycle anyway.
   */
  private fieldsOf(type: ts.Type, depth: number): LabelledField[] {
    if (depth >= MAX_PATH) return [];
    let byDepth = this.fieldsCache.get(type);
    const cached = byDepth?.[depth];
    if (cached) return cached;
    if (this.computing.has(type)) return [];
    this.computing.add(type);
    try {
      const fields = dedupe(this.computeFields(type, depth));
      if (!byDepth) this.fieldsCache.set(type, (byDepth = []));
      byDepth[depth] = fields;
      return fields;
    } finally {
      this.computing.delete(type);
    }
  }

  private computeFields(type: ts.Type, depth: number): LabelledField[] {
    if (type.flags & ts.TypeFlags.TypeParameter) {
      // `this` inside a class, a generic `T extends Profile`: the fields of the constraint.
      const constraint = this.checker.getBaseConstraintOfType(type);
      return constraint && constraint !== type ? this.fieldsOf(constraint, depth) : [];
    }
    const result: LabelledField[] = [];
    if (depth >= MAX_PATH || type.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.BigIntLike | ts.TypeFlags.EnumLike | ts.TypeFlags.ESSymbolLike | ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void | ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never)) {
      return result;
    }
    if (type.isUnion() || type.isIntersection()) {
      for (const member of type.types) result.push(...this.fieldsOf(member, depth));
      return dedupe(result);
    }
    if (this.checker.isArrayType(type) || this.checker.isTupleType(type)) {
      for (const element of this.checker.getTypeArguments(type as ts.TypeReference)) {
        for (const field of this.fieldsOf(element, depth + 1)) result.push({ ...field, path: [ANY_FIELD, ...field.path] });
      }
      return dedupe(result);
    }
    if (!(type.flags & ts.TypeFlags.Object)) return result;
    // Standard containers hold their elements like arrays (`Map<string, Profile>`, `Set<T>`);
    // a promise holds what it resolves to.
    const container = containerOf(type);
    if (container) {
      const args = this.checker.getTypeArguments(type as ts.TypeReference);
      const element = args[args.length - 1];
      if (element) {
        for (const field of this.fieldsOf(element, depth + (container === "promise" ? 0 : 1))) {
          result.push(container === "promise" ? field : { ...field, path: [ANY_FIELD, ...field.path] });
        }
      }
      return dedupe(result);
    }
    // Index signatures (`Record<string, Profile>`, `{ [id: string]: Profile }`) hold their values like elements.
    for (const info of this.checker.getIndexInfosOfType(type)) {
      for (const field of this.fieldsOf(info.type, depth + 1)) result.push({ ...field, path: [ANY_FIELD, ...field.path] });
    }
    // Direct labelled properties: look each rule's property name up (cheap), then check its owner.
    for (const [name, labels] of this.rules.properties) {
      const property = type.getProperty(name);
      if (!property) continue;
      for (const label of labels) {
        if (this.ownedBy(property, type, label)) {
          result.push({ path: [name], mark: { label: label.label, kind: label.kind, asset: `${label.owner}.${name}` } });
        }
      }
    }
    // Nested ones, through properties whose types are declared in the project (not libraries).
    if (depth + 1 < MAX_PATH) {
      for (const property of type.getProperties()) {
        const declaration = property.valueDeclaration ?? property.declarations?.[0];
        if (!declaration || declaration.getSourceFile().isDeclarationFile) continue;
        if (!(ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration) || ts.isParameter(declaration))) continue;
        const propertyType = this.checker.getTypeOfSymbol(property);
        for (const field of this.fieldsOf(propertyType, depth + 1)) {
          result.push({ ...field, path: [property.getName(), ...field.path] });
        }
      }
    }
    return dedupe(result);
  }

  private ownedBy(property: ts.Symbol, type: ts.Type, label: PropertyLabel): boolean {
    for (const declaration of property.declarations ?? []) {
      const owner = ownerName(declaration);
      if (owner === label.owner) return true;
      if (owner && this.implementationsOf(label.owner).has(owner)) return true;
      const schema = schemaVariableOf(declaration);
      if (schema && (schema === label.owner || this.inferredTypes.get(schema)?.has(label.owner))) return true;
    }
    if (generatedModelOf(property) === label.owner) return true;
    return this.namesOf(type).has(label.owner);
  }
}

const CONTAINERS: Record<string, "collection" | "promise"> = {
  Map: "collection",
  ReadonlyMap: "collection",
  WeakMap: "collection",
  Set: "collection",
  ReadonlySet: "collection",
  Promise: "promise",
  PromiseLike: "promise",
};

/** Whether a type is a standard-library container (declared in a lib file) whose type arguments hold its elements. */
function containerOf(type: ts.Type): "collection" | "promise" | undefined {
  const target = (type as ts.TypeReference).target;
  const symbol = target?.getSymbol();
  if (!symbol || !Object.hasOwn(CONTAINERS, symbol.getName())) return undefined;
  const declaration = symbol.declarations?.[0];
  return declaration?.getSourceFile().isDeclarationFile ? CONTAINERS[symbol.getName()] : undefined;
}

function ownerName(declaration: ts.Declaration): string | undefined {
  let parent: ts.Node = declaration.parent;
  if (ts.isTypeLiteralNode(parent) && ts.isTypeAliasDeclaration(parent.parent)) return parent.parent.name.text;
  if (ts.isConstructorDeclaration(parent)) parent = parent.parent; // parameter property
  if (ts.isInterfaceDeclaration(parent) || ts.isClassDeclaration(parent)) return parent.name?.text;
  return undefined;
}

/**
 * The variable a validation schema whose shape declares this property is kept in:
 * `const signupSchema = z.object({ email: z.string() }).strict()` (a property of an object literal
 * passed to the calls that build the schema), or, in a declaration file,
 * `declare const userSchema: z.ZodObject<{ email: … }>`. Only the shape's own properties: a
 * property of a nested schema (`profile: z.object({ … })`) stops at the enclosing property.
 */
function schemaVariableOf(declaration: ts.Declaration): string | undefined {
  if (!ts.isPropertyAssignment(declaration) && !ts.isPropertySignature(declaration) && !ts.isShorthandPropertyAssignment(declaration)) return undefined;
  let node: ts.Node = declaration.parent;
  if (!ts.isObjectLiteralExpression(node) && !ts.isTypeLiteralNode(node)) return undefined;
  for (let depth = 0; depth < 8; depth++) {
    const parent = node.parent;
    if (ts.isVariableDeclaration(parent)) return parent.initializer === node || parent.type === node ? identifierText(parent.name) : undefined;
    const passesThrough =
      ts.isCallExpression(parent) || ts.isPropertyAccessExpression(parent) || ts.isParenthesizedExpression(parent) ||
      ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent) || ts.isTypeReferenceNode(parent) || ts.isExpressionWithTypeArguments(parent);
    if (!passesThrough) return undefined;
    node = parent;
  }
  return undefined;
}

function identifierText(name: ts.BindingName): string | undefined {
  return ts.isIdentifier(name) ? name.text : undefined;
}

function dedupe(fields: LabelledField[]): LabelledField[] {
  const seen = new Set<string>();
  return fields.filter((f) => {
    const key = `${f.path.join(".")}\u0000${f.mark.label}\u0000${f.mark.asset}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
