import { ts } from "ts-morph";
import { at as atPosition, nodeKey, type NodeAttributes } from "../../graph/lineage-graph.js";
import { annotationValues, paramLabelsFromFunction } from "./annotations.js";
import { accessorOf, applyFunction, evaluateCall, evaluateTaggedTemplate, runAccessor } from "./calls.js";
import { componentsOf } from "./components.js";
import { implicitInput, leaves, testOutcome } from "./control.js";
import {
  type FunctionLike,
  type InputInfo,
  isFunctionLike,
  nodeAt,
  parametersOf,
  positionOf,
  qualifiedName,
  type ScanContext,
  type Summary,
} from "./context.js";
import { declareFieldHeap, readHeapField, splitHeapSteps, withHeapKeys, writeHeapValue } from "./heap-fields.js";
import { allocationMarker } from "./instances.js";
import { iterate, iterationElements } from "./iteration.js";
import { constantKey, literalKey } from "./keys.js";
import { skipOuter } from "./origins.js";
import { enclosingOwner } from "./owners.js";
import type { LabelledField } from "./type-facts.js";
import {
  ANY_FIELD,
  collapse,
  type InputBase,
  isInternalField,
  join,
  joinAll,
  KEYS_FIELD,
  MAX_PATH,
  parameterKey,
  parameterKeyIndex,
  REJECTED_FIELD,
  sameEntries,
  sameSet,
  sameValue,
  type SymbolicInput,
  functionsOnly,
  Value,
  withoutField,
} from "./value.js";

type Env = Map<ts.Symbol, Value>;

/** Size properties carry no label (contract: `length`, `size`). */
const SIZE_PROPERTIES = new Set(["length", "size", "byteLength"]);
const MAX_DEPTH = 400;
/** Access paths of one input a summary keeps apart (see FunctionWalker.widen). */
const MAX_ORIGINS_PER_INPUT = 12;
/** Fields per level a summary keeps apart. */
const MAX_FIELDS = 48;

class TooDeep extends Error {}

/** Symbols whose values hold no labelled fields of their own (functions, classes, namespaces, types). */
const NO_VALUE_FIELDS =
  ts.SymbolFlags.Function |
  ts.SymbolFlags.Class |
  ts.SymbolFlags.Method |
  ts.SymbolFlags.ValueModule |
  ts.SymbolFlags.NamespaceModule |
  ts.SymbolFlags.Enum |
  ts.SymbolFlags.TypeAlias |
  ts.SymbolFlags.Interface;

/**
 * Walks one function body in program order with an environment of local values, adding graph
 * nodes and edges as data moves, and returns the function's summary. Callbacks written inline as
 * arguments are walked in place, with the enclosing environment, so captured locals are precise.
 */
export class FunctionWalker {
  env: Env = new Map();
  private ret = Value.empty;
  private thisValue: Value;
  private thisWrites = Value.empty;
  private thrown = Value.empty;
  readonly effects = new Map<string, Set<string>>();
  /** Function-valued inputs this function calls, with the arguments it passes (see Summary.calls). */
  private readonly calls = new Map<string, Value[]>();
  /** Parameter defaults by index (Summary.defaults). */
  private readonly defaults = new Map<number, Value>();
  /** Functions whose calls are observed rather than run (a promise executor's `resolve`): their arguments, joined. */
  readonly spies = new Map<ts.Symbol, Value>();
  /** Captured variables read here, by input base. */
  private readonly capturedSymbols = new Map<string, ts.Symbol>();
  private dead = false;
  private depth = 0;
  /** Sink sites in this function, by asset, in the order the walk meets them. */
  private readonly siteOrder = new Map<string, ts.Node[]>();
  readonly scope: string;
  readonly fnId: string;
  /** Return values of inline callbacks, while one is being walked. */
  private callbackReturns: Value[] | undefined;
  /** Config `implicitFlows`: tests put their outcome on the code they decide (see control.ts). */
  readonly implicit: boolean;
  /** With `implicitFlows`: the outcome of the tests that decide whether the code being walked runs. */
  private control: Value | undefined;
  /** With `implicitFlows`: a test after which the rest of the block runs only as it decided (`if (c) return;`). */
  private exitGuard: Value | undefined;

  constructor(
    readonly ctx: ScanContext,
    readonly root: FunctionLike | ts.SourceFile,
  ) {
    this.scope = qualifiedName(root);
    this.implicit = ctx.config.implicitFlows === true;
    const pos = positionOf(ctx, root);
    this.fnId = `${pos.file}:${pos.line}:${pos.column}`;
    this.thisValue = ts.isSourceFile(root) ? Value.empty : this.inputValue("this", [], root);
  }

  run(): Summary {
    const fn = this.root;
    if (ts.isSourceFile(fn)) {
      this.statements(fn.statements);
    } else {
      this.bindParameters(fn);
      if (ts.isConstructorDeclaration(fn)) this.initializeFields(fn);
      if (fn.body) {
        if (ts.isBlock(fn.body)) this.statements(fn.body.statements);
        else this.ret = join(this.ret, this.expression(fn.body));
      }
    }
    const returnNode = nodeAt(this.ctx, "ts-return", ts.isSourceFile(fn) ? fn : (fn.name ?? fn), "return", {
      note: `returned by ${this.scope}()`,
      scope: this.scope,
    });
    // Widening: a summary names at most a few access paths per input (more become the whole input).
    const ret = this.widen(this.ret);
    const thisWrites = this.widen(this.thisWrites);
    const thrown = this.widen(this.thrown);
    const calls = new Map([...this.calls].map(([input, args]) => [input, args.map((a) => this.widen(a))]));
    for (const [target, origins] of this.effects) this.effects.set(target, this.widenOrigins(origins));
    const defaults = new Map([...this.defaults].map(([index, value]) => [index, this.widen(value)]));
    return { ret, thisWrites, thrown, calls, defaults, effects: this.effects, returnNode };
  }

  /** At most MAX_ORIGINS_PER_INPUT access paths of one input; more stand for the whole input. */
  private widenOrigins(origins: ReadonlySet<string>): Set<string> {
    if (origins.size <= MAX_ORIGINS_PER_INPUT) return origins as Set<string>;
    const byBase = new Map<string, string[]>();
    for (const origin of origins) {
      const info = this.ctx.inputs.get(origin);
      const group = info && info.fn === this.root ? `${String(info.base)}${info.implicit ? "!implicit" : ""}` : `\u0000${origin}`;
      const list = byBase.get(group);
      if (list) list.push(origin);
      else byBase.set(group, [origin]);
    }
    const result = new Set<string>();
    for (const [group, list] of byBase) {
      if (list.length <= MAX_ORIGINS_PER_INPUT || group.startsWith("\u0000")) {
        for (const origin of list) result.add(origin);
        continue;
      }
      const info = this.ctx.inputs.get(list[0])!;
      const root = this.rootInput(info.base).node;
      result.add(info.implicit ? implicitInput(this.ctx, root, info.implicit.condition) : root);
    }
    return result;
  }

  private rootInput(base: InputBase): SymbolicInput {
    if (base === "this" || ts.isSourceFile(this.root)) return this.input(base, [], this.root);
    if (typeof base === "number") return this.input(base, [], parametersOf(this.root)[base] ?? this.root);
    const declaration = this.capturedSymbols.get(base)?.valueDeclaration;
    return this.input(base, [], declaration ?? this.root);
  }

  /** A value with widened origins and at most MAX_FIELDS fields per level (more collapse into the whole). */
  private widen(value: Value, depth = 0): Value {
    if (value.isEmpty) return value;
    if (value.fields.size > MAX_FIELDS || depth > MAX_PATH) return this.widenFlat(collapse(value));
    let fields: Map<string, Value> | undefined;
    for (const [name, child] of value.fields) {
      const widened = this.widen(child, depth + 1);
      if (widened !== child) (fields ??= new Map(value.fields)).set(name, widened);
    }
    const origins = this.widenOrigins(value.origins);
    if (!fields && origins === value.origins) return value;
    return new Value(value.steps, origins, fields ?? value.fields, value.input, value.fns);
  }

  private widenFlat(value: Value): Value {
    const origins = this.widenOrigins(value.origins);
    return origins === value.origins ? value : new Value(value.steps, origins, value.fields, value.input, value.fns);
  }

  // ---------------------------------------------------------------- inputs

  /** The symbolic input `base.path` of this function, as a lazily read value. */
  inputValue(base: InputBase, path: readonly string[], at: ts.Node): Value {
    const input = this.input(base, path, at);
    return new Value([], [], undefined, input);
  }

  private input(base: InputBase, path: readonly string[], at: ts.Node): SymbolicInput {
    const key = `ts-param:${this.fnId}#${base}${path.map((p) => `.${p}`).join("")}`;
    if (!this.ctx.graph.hasNode(key)) {
      const pos = positionOf(this.ctx, at);
      const name = base === "this" ? "this" : typeof base === "number" ? this.parameterName(base) : base.slice(4).replace(/@.*$/, "");
      // Declared a string, number … (or read from one): it cannot hold an object (see
      // containedSearch in the policy).
      const parent = path.length > 0 ? key.slice(0, key.lastIndexOf(".")) : undefined;
      const scalar = (parent !== undefined && this.ctx.graph.hasNode(parent) && this.ctx.graph.node(parent).scalar === true) || this.readsScalar(at);
      this.ctx.graph.addNode(key, {
        kind: "ts-param",
        ...atPosition(pos),
        note: `${[name, ...path].join(".")} inside ${this.scope}()`,
        scope: this.scope,
        ...(scalar ? { scalar } : {}),
      });
      const captured = typeof base === "string" ? this.capturedSymbols.get(base) : undefined;
      this.ctx.inputs.set(key, { node: key, base, path, fn: this.root as FunctionLike, ...(captured ? { captured } : {}) });
    }
    return { node: key, base, path };
  }

  /**
   * The value as read where a scalar is declared (a callee's `string` parameter, a field read past
   * the access-path bound): each input it holds becomes a variant of that input marked as a scalar
   * read. A variant resolves as its input does; it only tells the policy that a label held in a
   * field of an object does not pass here, while other uses of the same input still let it pass.
   */
  readAsScalar(value: Value): Value {
    // Inputs with labels removed on the way (`…#removes:…`) have no node of their own: kept as they are.
    const variant = (key: string): string => (this.ctx.inputs.has(key) && this.ctx.graph.hasNode(key) ? this.scalarReadOf(key) : key);
    const input = value.input && { ...value.input, node: variant(value.input.node) };
    return new Value([...value.steps].map(variant), [...value.origins].map(variant), value.fields, input, value.fns);
  }

  private scalarReadOf(key: string): string {
    const attributes = this.ctx.graph.node(key);
    if (attributes.scalar) return key;
    return this.inputVariant(`${key}!read-as-scalar`, { ...attributes, scalar: true }, this.ctx.inputs.get(key)!);
  }

  /** A variant of an input (its own node key, graph attributes and input info), made once. */
  private inputVariant(key: string, attributes: NodeAttributes, info: InputInfo): string {
    if (!this.ctx.graph.hasNode(key)) {
      this.ctx.graph.addNode(key, attributes);
      this.ctx.inputs.set(key, { ...info, node: key });
    }
    return key;
  }

  /**
   * The value written out as text at `at` (`JSON.stringify(team)`): a node of its own, where a label
   * held in a field of an object becomes part of a string (see containedSearch in the policy).
   */
  serializedText(value: Value, at: ts.Node, call: string): Value {
    const whole = collapse(value);
    if (whole.steps.size === 0) return Value.empty;
    const key = nodeAt(this.ctx, "ts-value", at, "text", { note: `written out as text by ${call}()`, scope: this.scope, serializes: true });
    this.flowInto(whole, key);
    return Value.of(key);
  }

  /** Whether the field read at `at` is declared as a scalar (it cannot hold an object). */
  private readsScalar(at: ts.Node): boolean {
    if (!ts.isPropertyAccessExpression(at) && !ts.isBindingElement(at) && !ts.isParameter(at)) return false;
    const type = ts.isPropertyAccessExpression(at) ? this.labelLookupType(at) : this.ctx.checker.getTypeAtLocation(at.name);
    return type !== undefined && isScalarType(type);
  }

  private parameterName(index: number): string {
    if (ts.isSourceFile(this.root)) return `arg${index}`;
    const parameter = parametersOf(this.root)[index];
    return parameter && ts.isIdentifier(parameter.name) ? parameter.name.text : `arg${index}`;
  }

  /**
   * A constructor first sets its class's instance fields: initializers (`private queue = []`) and
   * parameter properties (`constructor(private readonly ads: AdsClient)`).
   */
  private initializeFields(fn: ts.ConstructorDeclaration): void {
    const cls = fn.parent;
    for (const member of cls.members) {
      if (!ts.isPropertyDeclaration(member) || !member.initializer || ts.getCombinedModifierFlags(member) & ts.ModifierFlags.Static) continue;
      const name = propertyNameText(member.name);
      if (name !== undefined) this.setThisField(member.name, name, this.expression(member.initializer));
    }
    parametersOf(fn).forEach((parameter) => {
      if (!ts.isIdentifier(parameter.name) || !ts.isParameterPropertyDeclaration(parameter, fn)) return;
      const symbol = this.ctx.checker.getSymbolAtLocation(parameter.name);
      const value = symbol ? (this.env.get(symbol) ?? Value.empty) : Value.empty;
      this.setThisField(parameter.name, parameter.name.text, value);
    });
  }

  /**
   * The instance fields a class without a constructor sets, evaluated where it is instantiated
   * (`new Cache()`), and stored in the class heap as a constructor would. Initializers that read
   * `this` are left unknown: they belong to the object being built, not to this function.
   */
  fieldInitializers(cls: ts.ClassDeclaration): Value {
    let fields: Map<string, Value> | undefined;
    for (const member of cls.members) {
      if (!ts.isPropertyDeclaration(member) || !member.initializer || ts.getCombinedModifierFlags(member) & ts.ModifierFlags.Static) continue;
      const name = propertyNameText(member.name);
      if (name === undefined || readsThis(member.initializer)) continue;
      const value = this.materialize(this.expression(member.initializer), member.name, `stored in ${name}`);
      (fields ??= new Map()).set(name, value);
      if (collapse(value).isEmpty) continue;
      const key = this.classFieldNode(member.name, name);
      if (key) this.heapWrite(value, key);
    }
    return fields ? Value.empty.withFields(fields) : Value.empty;
  }

  private setThisField(at: ts.Node, name: string, value: Value): void {
    const materialized = this.materialize(value, at, `stored in ${name}`);
    if (materialized.holdsFunctions) {
      const heap = this.classFieldNode(at, name);
      if (heap) this.storeFunctions(heap, [], materialized);
    }
    this.thisValue = setPath(this.thisValue, [name], materialized, true);
    this.thisWrites = setPath(this.thisWrites, [name], materialized, true);
    if (collapse(materialized).isEmpty) return;
    const key = this.classFieldNode(at, name);
    if (key) this.heapWrite(materialized, key);
  }

  /**
   * Stores a value in a heap node (a class field, a module variable). Labels its declared type
   * holds are left out: every read through the field's type labels them again, field by field,
   * where the heap itself can only hold a value as a whole.
   */
  heapWrite(value: Value, key: string): void {
    // A module-level or class field Map's or object's dynamic keys are kept in a node of their own:
    // a value read back by key (`attempts.get(email)`) is not the key (see heapValue).
    const keys = value.fields.get(KEYS_FIELD);
    if (keys && this.ctx.heapKeys.has(key)) {
      this.flowInto(collapse(keys), this.ctx.heapKeys.get(key)!);
      value = withoutField(value, KEYS_FIELD);
    }
    const declared = this.ctx.heapFields.get(key);
    if (declared?.length) recordStoredInputs(this.ctx, key, value, []);
    // Field by field: a field read back from the heap holds what was stored in that field.
    writeHeapValue(this.ctx, declared?.length ? stripDeclared(this.ctx, value, declared) : value, key, (whole, target) => this.flowInto(whole, target));
  }

  private bindParameters(fn: FunctionLike): void {
    parametersOf(fn).forEach((parameter, index) => {
      let value = this.inputValue(index, [], parameter);
      const labels = [
        ...annotationValues(parameter, "label"),
        ...(ts.isIdentifier(parameter.name) ? paramLabelsFromFunction(fn, parameter.name.text) : []),
      ];
      const ruleLabels = this.paramRuleLabels(fn, index);
      for (const label of labels) value = join(value, this.sourceAt(parameter, label, "annotation", `${this.scope}(${parameterText(parameter)})`));
      for (const label of ruleLabels) value = join(value, this.sourceAt(parameter, label.label, "param", label.asset));
      // A default applies only where a call omits the argument: kept apart, each call site decides.
      if (parameter.initializer) this.defaults.set(index, this.expression(parameter.initializer));
      this.bindName(parameter.name, value);
    });
  }

  private paramRuleLabels(fn: FunctionLike, index: number): Array<{ label: string; asset: string }> {
    const name = functionName(fn);
    if (!name) return [];
    const rules = this.ctx.rules.paramSources.get(name);
    if (!rules) return [];
    const owner = ownerClassName(fn);
    return rules
      .filter((r) => r.index === index && (!r.qualifier || r.qualifier === owner))
      .map((r) => ({ label: r.label, asset: `${r.qualifier ? `${r.qualifier}.` : ""}${r.name}#${r.index}` }));
  }

  /** A labelled source node at `node`. */
  sourceAt(node: ts.Node, label: string, kind: "call" | "property" | "column" | "param" | "annotation", asset: string, note?: string | (() => string), container = false): Value {
    // A value holding the label in a field and a read of the labelled field can start at one
    // position (`profile` and `profile.religion`): two sources, walked apart (see containedSearch).
    const key = nodeAt(this.ctx, "ts-value", node, `${container ? "holds" : "source"}:${asset}`, () => ({
      note: (typeof note === "function" ? note() : note) ?? `${kind === "call" ? "returned by" : "labelled"} ${asset}`,
      scope: this.scope,
      ...(container ? { container } : {}),
    }));
    this.ctx.graph.addSource(key, { label, kind, asset });
    return Value.of(key);
  }

  // ---------------------------------------------------------------- statements

  statements(statements: readonly ts.Statement[] | ts.NodeArray<ts.Statement>): void {
    const control = this.control;
    for (const statement of statements) {
      this.statement(statement);
      if (this.exitGuard) {
        this.control = joinOptional(this.control, this.exitGuard);
        this.exitGuard = undefined;
      }
    }
    this.control = control;
  }

  private statement(node: ts.Statement): void {
    if (ts.isVariableStatement(node)) {
      for (const declaration of node.declarationList.declarations) this.variableDeclaration(declaration);
    } else if (ts.isExpressionStatement(node)) {
      this.expression(node.expression, true);
    } else if (ts.isReturnStatement(node)) {
      if (node.expression) {
        const value = this.withControl(this.expression(node.expression));
        if (this.callbackReturns) this.callbackReturns.push(value);
        else this.ret = join(this.ret, value);
      }
      this.dead = true;
    } else if (ts.isIfStatement(node)) {
      const control = this.condition(node.expression);
      this.branches([() => this.statement(node.thenStatement), () => node.elseStatement && this.statement(node.elseStatement)], control);
      if (control && (leaves(node.thenStatement, true) || leaves(node.elseStatement, true))) this.guardRest(control);
    } else if (ts.isBlock(node)) {
      this.statements(node.statements);
    } else if (ts.isForOfStatement(node) || ts.isForInStatement(node)) {
      const collection = this.expression(node.expression);
      const element = ts.isForOfStatement(node) ? iterate(this, collection, node.expression) : (collection.fields.get(KEYS_FIELD) ?? Value.empty);
      this.loop(node, () => {
        this.bindInitializer(node.initializer, element);
        this.statement(node.statement);
      });
    } else if (ts.isForStatement(node)) {
      if (node.initializer) {
        if (ts.isVariableDeclarationList(node.initializer)) node.initializer.declarations.forEach((d) => this.variableDeclaration(d));
        else this.expression(node.initializer);
      }
      this.loop(node, () => {
        const control = node.condition ? this.condition(node.condition) : undefined;
        this.controlled(control, () => {
          this.statement(node.statement);
          if (node.incrementor) this.expression(node.incrementor);
        });
      });
    } else if (ts.isWhileStatement(node) || ts.isDoStatement(node)) {
      this.loop(node, () => {
        const control = this.condition(node.expression);
        this.controlled(control, () => this.statement(node.statement));
      });
    } else if (ts.isSwitchStatement(node)) {
      const control = this.condition(node.expression);
      const clauses = node.caseBlock.clauses;
      const hasDefault = clauses.some((c) => ts.isDefaultClause(c));
      const paths = clauses.map((clause) => () => {
        const test = ts.isCaseClause(clause) ? this.condition(clause.expression) : undefined;
        this.controlled(test, () => this.statements(clause.statements));
        // `break` leaves the switch, not the function: what the clause did goes on after it.
        if (this.dead && clause.statements.some(breaksOutOfSwitch)) this.dead = false;
      });
      if (!hasDefault) paths.push(() => undefined);
      this.branches(paths, control);
      if (control && clauses.some((clause) => clause.statements.some((s) => leaves(s, false)))) this.guardRest(control);
    } else if (ts.isTryStatement(node)) {
      const before = new Map(this.env);
      // What the try block (and the functions it calls) throws is what its catch clause receives.
      const outerThrown = this.thrown;
      this.thrown = Value.empty;
      this.statement(node.tryBlock);
      const thrownInTry = this.thrown;
      this.thrown = node.catchClause ? outerThrown : join(outerThrown, thrownInTry);
      const afterTry = this.env;
      if (node.catchClause) {
        this.env = joinEnv(before, afterTry);
        this.dead = false;
        if (node.catchClause.variableDeclaration) this.bindName(node.catchClause.variableDeclaration.name, thrownInTry);
        this.statement(node.catchClause.block);
        this.env = joinEnv(afterTry, this.env);
      }
      this.dead = false;
      if (node.finallyBlock) this.statement(node.finallyBlock);
    } else if (ts.isThrowStatement(node)) {
      this.addThrown(this.withControl(this.expression(node.expression)));
      this.dead = true;
    } else if (ts.isLabeledStatement(node)) {
      this.statement(node.statement);
    } else if (ts.isBreakOrContinueStatement(node)) {
      this.dead = true;
    } else if (ts.isExportAssignment(node)) {
      this.expression(node.expression);
    }
    // Function, class, interface and type declarations are analysed on their own.
  }

  private variableDeclaration(declaration: ts.VariableDeclaration): void {
    let value = declaration.initializer ? this.expression(declaration.initializer) : Value.empty;
    for (const label of annotationValues(declaration, "label")) {
      const name = ts.isIdentifier(declaration.name) ? declaration.name.text : "value";
      value = join(value, this.sourceAt(declaration.name, label, "annotation", name));
    }
    this.bindName(declaration.name, value, declaration.initializer !== undefined);
  }

  private bindInitializer(initializer: ts.ForInitializer, value: Value): void {
    if (ts.isVariableDeclarationList(initializer)) {
      for (const declaration of initializer.declarations) this.bindName(declaration.name, value);
    } else {
      this.assign(initializer, value);
    }
  }

  /** Binds a declared name or destructuring pattern to a value. */
  bindName(name: ts.BindingName, value: Value, materialize = true): void {
    if (ts.isIdentifier(name)) {
      const symbol = this.ctx.checker.getSymbolAtLocation(name);
      if (!symbol) return;
      const controlled = this.withControl(value);
      const named = materialize ? this.materialize(controlled, name, `assigned to ${name.text}`) : controlled;
      this.write(symbol, name, named, true);
      return;
    }
    if (ts.isObjectBindingPattern(name)) {
      const taken: string[] = [];
      for (const element of name.elements) {
        if (element.dotDotDotToken) {
          const rest = new Map(value.fields);
          for (const t of taken) rest.delete(t);
          const input = value.input && taken.length > 0 ? this.exceptInput(value.input, taken) : value.input;
          this.bindName(element.name, new Value(value.steps, value.origins, rest, input));
          continue;
        }
        const key = this.propertyKey(element.propertyName ?? element.name);
        let child = key === undefined ? this.readField(value, ANY_FIELD, element) : this.labelledRead(name, key, this.readField(value, key, element), element);
        if (key !== undefined) taken.push(key);
        if (element.initializer) child = join(child, this.expression(element.initializer));
        this.bindName(element.name, child);
      }
      return;
    }
    const positions = name.elements.length > 0 ? iterationElements(this, value, name.elements.length, name) : [];
    name.elements.forEach((element, index) => {
      if (ts.isOmittedExpression(element)) return;
      const child = element.dotDotDotToken ? value : positions[index];
      this.bindName(element.name, element.initializer ? join(child, this.expression(element.initializer)) : child);
    });
  }

  /**
   * Evaluates a test for its calls (which may be sinks); its value guards, it does not flow. With
   * `implicitFlows`: returns the test's outcome (see control.ts) when labelled data decides it
   * (`evaluated`: the test's value, when the caller has it already).
   */
  private condition(expression: ts.Expression, evaluated?: Value): Value | undefined {
    const value = evaluated ?? this.expression(expression);
    if (!this.implicit) return undefined;
    const outcome = this.tested(value, expression, expression);
    return outcome.isEmpty ? undefined : outcome;
  }

  /**
   * With `implicitFlows`: the outcome of a test of `value` at `at` (empty when it carries nothing,
   * or without the switch). `operand`: the expression tested, when the test reads it as a whole
   * (truthiness, comparison): an object tested so says whether it is there, not what its fields hold.
   */
  tested(value: Value, at: ts.Node, operand?: ts.Expression): Value {
    if (!this.implicit) return Value.empty;
    return testOutcome(this.ctx, this.scope, operand ? this.seenByTest(operand, value) : value, at);
  }

  /** What a truthiness or equality test of `operand` depends on: of an object, only what labels it as a whole. */
  private seenByTest(operand: ts.Expression, value: Value): Value {
    if (value.fields.size === 0 && !value.input) return value;
    return isObjectType(this.ctx.checker, this.ctx.checker.getTypeAtLocation(operand)) ? new Value(value.steps) : value;
  }

  /** Runs code that a test's outcome decides (with `implicitFlows`; without, `control` is undefined). */
  private controlled<T>(control: Value | undefined, run: () => T): T {
    if (!control) return run();
    const outer = this.control;
    this.control = joinOptional(outer, control);
    try {
      return run();
    } finally {
      this.control = outer;
    }
  }

  /** A value as it is written or used by code that tests decide: it carries their outcome (implicit flow). */
  withControl(value: Value): Value {
    return this.control ? join(value, this.control) : value;
  }

  /** After a test one of whose branches leaves early, the rest of the block runs only as the test decided. */
  private guardRest(control: Value): void {
    this.exitGuard = joinOptional(this.exitGuard, control);
  }

  /** Runs alternative paths from the same environment and joins what each leaves; `control` decides which runs. */
  private branches(paths: Array<() => unknown>, control?: Value): void {
    const before = this.env;
    const outcomes: Env[] = [];
    for (const run of paths) {
      this.env = new Map(before);
      this.dead = false;
      this.controlled(control, run);
      if (!this.dead) outcomes.push(this.env);
    }
    this.dead = outcomes.length === 0;
    this.env = outcomes.length === 0 ? before : outcomes.reduce(joinEnv);
  }

  /**
   * A loop body runs zero or more times: iterate until locals stop growing (twice suffices for most).
   * `let`/`const` declared inside the loop start afresh each iteration and are out of scope after
   * it: they are dropped, so a body that only writes its own locals is walked once, not twice
   * (nested loops multiplied those walks).
   */
  private loop(statement: ts.IterationStatement, body: () => void): void {
    for (let i = 0; i < 3; i++) {
      const before = this.env;
      this.env = new Map(before);
      body();
      this.dead = false;
      for (const symbol of this.env.keys()) {
        if (!before.has(symbol) && symbol.flags & ts.SymbolFlags.BlockScopedVariable && declaredWithin(symbol, statement)) this.env.delete(symbol);
      }
      const after = joinEnv(before, this.env);
      const stable = sameEnv(before, after);
      this.env = after;
      if (stable) break;
    }
  }

  // ---------------------------------------------------------------- expressions

  /**
   * `dropped`: the value is not used (an expression statement: `save(user);`, `await send(mail);`),
   * so a call's result takes no labels from its type. Asking the checker for a call's type
   * resolves its signature, the costliest question a walk asks.
   */
  expression(node: ts.Expression, dropped = false): Value {
    if (++this.depth > MAX_DEPTH) throw new TooDeep("expression nested too deeply to analyse");
    try {
      return this.expressionInner(node, dropped);
    } finally {
      this.depth--;
    }
  }

  private expressionInner(node: ts.Expression, dropped: boolean): Value {
    switch (node.kind) {
      case ts.SyntaxKind.Identifier:
        return this.withTypeLabels(node, this.identifier(node as ts.Identifier));
      case ts.SyntaxKind.ThisKeyword:
        return this.withTypeLabels(node, this.thisValue);
      case ts.SyntaxKind.PropertyAccessExpression: {
        const access = node as ts.PropertyAccessExpression;
        return this.withTypeLabels(node, this.propertyRead(access, access.name.text));
      }
      case ts.SyntaxKind.ElementAccessExpression: {
        const access = node as ts.ElementAccessExpression;
        const key = this.keyOf(access.argumentExpression);
        if (key === undefined) this.expression(access.argumentExpression);
        return this.withTypeLabels(node, this.propertyRead(access, key ?? this.keyParameter(access.argumentExpression) ?? ANY_FIELD));
      }
      case ts.SyntaxKind.CallExpression:
      case ts.SyntaxKind.NewExpression: {
        const result = evaluateCall(this, node as ts.CallExpression | ts.NewExpression);
        return dropped ? result : this.withTypeLabels(node, result);
      }
      case ts.SyntaxKind.TaggedTemplateExpression:
        return evaluateTaggedTemplate(this, node as ts.TaggedTemplateExpression);
      case ts.SyntaxKind.AsExpression:
      case ts.SyntaxKind.TypeAssertionExpression: {
        // `value as string`: the code says it is a scalar, so it has no fields (what a read by a
        // dynamic key joined from every field of an object is not all there).
        const cast = node as ts.AsExpression | ts.TypeAssertion;
        const value = this.expression(cast.expression);
        return isScalarTypeNode(cast.type) ? this.asScalar(value) : value;
      }
      case ts.SyntaxKind.ParenthesizedExpression:
      case ts.SyntaxKind.SatisfiesExpression:
      case ts.SyntaxKind.NonNullExpression:
        return this.expression((node as ts.ParenthesizedExpression).expression);
      case ts.SyntaxKind.YieldExpression: {
        // A generator's result is an iterable of what it yields (`yield*` yields the operand's elements).
        const yielded = node as ts.YieldExpression;
        if (yielded.expression) {
          const value = this.expression(yielded.expression);
          const element = yielded.asteriskToken ? iterate(this, value, yielded.expression) : value;
          const produced = Value.empty.withFields(new Map([[ANY_FIELD, element]]));
          if (this.callbackReturns) this.callbackReturns.push(produced);
          else this.ret = join(this.ret, produced);
        }
        return Value.empty;
      }
      case ts.SyntaxKind.AwaitExpression: {
        // `await p` throws what p rejects with, and is what p resolves to.
        const awaited = this.expression((node as ts.AwaitExpression).expression, dropped);
        const rejected = awaited.fields.get(REJECTED_FIELD);
        if (rejected) this.addThrown(rejected);
        return dropped ? Value.empty : this.withTypeLabels(node, withoutField(awaited, REJECTED_FIELD));
      }
      case ts.SyntaxKind.TemplateExpression: {
        const template = node as ts.TemplateExpression;
        return joinAll(template.templateSpans.map((span) => collapse(this.expression(span.expression))));
      }
      case ts.SyntaxKind.BinaryExpression:
        return this.binary(node as ts.BinaryExpression);
      case ts.SyntaxKind.ConditionalExpression: {
        const conditional = node as ts.ConditionalExpression;
        const control = this.condition(conditional.condition);
        const value = this.controlled(control, () => join(this.expression(conditional.whenTrue), this.expression(conditional.whenFalse)));
        return control ? join(value, control) : value;
      }
      case ts.SyntaxKind.ObjectLiteralExpression:
        return this.objectLiteral(node as ts.ObjectLiteralExpression);
      case ts.SyntaxKind.ArrayLiteralExpression:
        return this.arrayLiteral(node as ts.ArrayLiteralExpression);
      case ts.SyntaxKind.PrefixUnaryExpression: {
        const unary = node as ts.PrefixUnaryExpression;
        const operand = this.expression(unary.operand);
        if (unary.operator === ts.SyntaxKind.ExclamationToken) return this.tested(operand, node, unary.operand);
        if (unary.operator === ts.SyntaxKind.PlusPlusToken || unary.operator === ts.SyntaxKind.MinusMinusToken) return this.increment(unary.operand, operand);
        return collapse(operand);
      }
      case ts.SyntaxKind.PostfixUnaryExpression: {
        const operand = (node as ts.PostfixUnaryExpression).operand;
        return this.increment(operand, this.expression(operand));
      }
      case ts.SyntaxKind.TypeOfExpression: {
        const operand = (node as ts.TypeOfExpression).expression;
        return this.tested(this.expression(operand), node, operand);
      }
      case ts.SyntaxKind.DeleteExpression:
        this.expression((node as ts.DeleteExpression).expression);
        return Value.empty;
      case ts.SyntaxKind.VoidExpression:
        this.expression((node as ts.VoidExpression).expression);
        return Value.empty;
      case ts.SyntaxKind.SpreadElement:
        return this.expression((node as ts.SpreadElement).expression);
      case ts.SyntaxKind.ArrowFunction:
      case ts.SyntaxKind.FunctionExpression:
        // A function value: analysed on its own (or in place where passed); a call of the value runs it.
        return Value.ofFunctions([node as FunctionLike]);
      case ts.SyntaxKind.ClassExpression:
        return Value.empty;
      case ts.SyntaxKind.JsxElement:
      case ts.SyntaxKind.JsxSelfClosingElement:
      case ts.SyntaxKind.JsxFragment:
        this.jsx(node);
        return Value.empty;
      default:
        return Value.empty;
    }
  }

  /**
   * `x++`, `--x`: the value keeps its labels. Code that tests decide writes their outcome into it
   * too (with `implicitFlows`: a counter a labelled loop test lets run).
   */
  private increment(target: ts.Expression, value: Value): Value {
    const counted = collapse(value);
    if (this.control) this.assign(target, counted);
    return counted;
  }

  private binary(node: ts.BinaryExpression): Value {
    const operator = node.operatorToken.kind;
    if (operator === ts.SyntaxKind.EqualsToken) {
      const value = this.expression(node.right);
      this.assign(node.left, value);
      return value;
    }
    if (
      operator === ts.SyntaxKind.PlusEqualsToken ||
      operator === ts.SyntaxKind.BarBarEqualsToken ||
      operator === ts.SyntaxKind.QuestionQuestionEqualsToken ||
      operator === ts.SyntaxKind.AmpersandAmpersandEqualsToken
    ) {
      const value = join(this.expression(node.left), this.expression(node.right));
      this.assign(node.left, operator === ts.SyntaxKind.PlusEqualsToken ? collapse(value) : value);
      return value;
    }
    if (operator >= ts.SyntaxKind.FirstCompoundAssignment && operator <= ts.SyntaxKind.LastCompoundAssignment) {
      const value = collapse(join(this.expression(node.left), this.expression(node.right)));
      this.assign(node.left, value);
      return value;
    }
    const left = this.expression(node.left);
    // With implicitFlows, `a && f()` runs f() only as a decides.
    const shortCircuit =
      this.implicit &&
      (operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.AmpersandAmpersandToken);
    const right = shortCircuit ? this.controlled(this.condition(node.left, left), () => this.expression(node.right)) : this.expression(node.right);
    switch (operator) {
      case ts.SyntaxKind.BarBarToken:
      case ts.SyntaxKind.QuestionQuestionToken:
      case ts.SyntaxKind.AmpersandAmpersandToken:
        return join(left, right);
      case ts.SyntaxKind.CommaToken:
        return right;
      case ts.SyntaxKind.EqualsEqualsToken:
      case ts.SyntaxKind.EqualsEqualsEqualsToken:
      case ts.SyntaxKind.ExclamationEqualsToken:
      case ts.SyntaxKind.ExclamationEqualsEqualsToken:
      case ts.SyntaxKind.LessThanToken:
      case ts.SyntaxKind.LessThanEqualsToken:
      case ts.SyntaxKind.GreaterThanToken:
      case ts.SyntaxKind.GreaterThanEqualsToken:
      case ts.SyntaxKind.InstanceOfKeyword:
      case ts.SyntaxKind.InKeyword:
        // A comparison's result says something about its operands, but is not their value.
        return this.implicit ? join(this.tested(left, node, node.left), this.tested(right, node, node.right)) : Value.empty;
      default:
        return collapse(join(left, right));
    }
  }

  private objectLiteral(node: ts.ObjectLiteralExpression): Value {
    const fields = new Map<string, Value>();
    // Spreads of a symbolic input, and the keys written after each (which the spread does not provide).
    const spreads: Array<{ value: Value; later: Set<string> }> = [];
    const written = (key: string): void => {
      for (const spread of spreads) spread.later.add(key);
    };
    for (const property of node.properties) {
      if (ts.isPropertyAssignment(property)) {
        const key = this.propertyKey(property.name);
        if (key === undefined && ts.isComputedPropertyName(property.name)) {
          const computed = collapse(this.expression(property.name.expression));
          if (!computed.isEmpty) fields.set(KEYS_FIELD, join(fields.get(KEYS_FIELD) ?? Value.empty, computed));
        }
        const value = this.materialize(this.expression(property.initializer), property.name, `field ${key ?? "[computed]"}`);
        const name = key ?? ANY_FIELD;
        fields.set(name, name === ANY_FIELD ? join(fields.get(name) ?? Value.empty, value) : value);
        if (key !== undefined) written(key);
      } else if (ts.isShorthandPropertyAssignment(property)) {
        const value = this.withTypeLabels(property.name, this.shorthandValue(property));
        fields.set(property.name.text, this.materialize(value, property.name, `field ${property.name.text}`));
        written(property.name.text);
      } else if (ts.isSpreadAssignment(property)) {
        const spread = this.expression(property.expression);
        for (const [name, child] of spread.fields) fields.set(name, child);
        spreads.push({ value: spread, later: new Set() });
      }
      else if (ts.isMethodDeclaration(property) && property.body) {
        // `{ onProgress(p) { … } }`: the field holds the method (analysed on its own), called by whoever gets the object.
        const key = propertyNameText(property.name);
        if (key !== undefined) fields.set(key, Value.ofFunctions([property]));
      }
      // Accessors are functions, analysed on their own.
    }
    let result = Value.empty;
    for (const { value, later } of spreads) {
      const input = value.input && later.size > 0 ? this.exceptInput(value.input, [...later]) : value.input;
      result = join(result, new Value(value.steps, value.origins, undefined, input));
    }
    return result.withFields(fields);
  }

  /** The value as a scalar: what it holds whole, without fields or functions (an input as its scalar part). */
  asScalar(value: Value): Value {
    if (value.fields.size === 0 && !value.fns && !value.input) return value;
    return new Value(value.steps, value.origins, undefined, value.input && this.scalarInput(value.input));
  }

  /** The input as a scalar: a call site resolves it to what it passes whole, without its fields. */
  private scalarInput(input: SymbolicInput): SymbolicInput {
    const info = this.ctx.inputs.get(input.node);
    if (!info || info.scalar) return input;
    const key = this.inputVariant(`${input.node}!scalar`, { ...this.ctx.graph.node(input.node), scalar: true }, { ...info, scalar: true });
    return { node: key, base: input.base, path: input.path };
  }

  /**
   * The input without some of its top-level fields (`{ ...p, religion: "x" }`, `{ religion, ...rest } = p`):
   * a call site resolves it with those fields left out.
   */
  exceptInput(input: SymbolicInput, keys: readonly string[]): SymbolicInput {
    const info = this.ctx.inputs.get(input.node);
    if (!info || info.scalar) return input; // a scalar has no fields to leave out
    const except = [...new Set([...(info.except ?? []), ...keys])].sort();
    const origin = input.node.replace(/!except:.*$/, "");
    const attributes = this.ctx.graph.node(origin);
    const note = `${attributes.note ?? "input"} (without ${except.join(", ")})`;
    const key = this.inputVariant(`${origin}!except:${except.join(",")}`, { ...attributes, note }, { ...info, except });
    return { node: key, base: input.base, path: input.path };
  }

  private arrayLiteral(node: ts.ArrayLiteralExpression): Value {
    const fields = new Map<string, Value>();
    let elements = Value.empty;
    node.elements.forEach((element, index) => {
      if (ts.isSpreadElement(element)) {
        const spread = this.expression(element.expression);
        elements = join(elements, iterate(this, spread, element.expression));
        return;
      }
      const value = this.expression(element);
      fields.set(String(index), value);
      elements = join(elements, value);
    });
    fields.set(ANY_FIELD, elements);
    return Value.empty.withFields(fields);
  }

  /**
   * A JSX element: its attribute and child expressions run in place (inline handlers with nothing
   * known of their parameters). An element whose tag is a component of the scanned code
   * (`<ContactButton email={a.email} />`) calls it with its props: an object of the attributes,
   * spreads included, and the children's values as `children`; a `forwardRef` render function
   * gets the `ref` attribute as its second argument instead (see componentsOf).
   */
  private jsx(node: ts.Node): void {
    if (ts.isJsxFragment(node)) {
      for (const child of node.children) this.jsxChild(child);
      return;
    }
    const opening = ts.isJsxElement(node) ? node.openingElement : (node as ts.JsxSelfClosingElement);
    const fields = new Map<string, Value>();
    const spreads: Value[] = [];
    for (const attribute of opening.attributes.properties) {
      if (ts.isJsxSpreadAttribute(attribute)) {
        const spread = this.expression(attribute.expression);
        for (const [name, child] of spread.fields) fields.set(name, child);
        spreads.push(spread);
        continue;
      }
      const value = attribute.initializer ? this.jsxChild(attribute.initializer) : Value.empty;
      const name = ts.isIdentifier(attribute.name) ? attribute.name.text : attribute.name.getText();
      // `key` is React's, never a prop of the component.
      if (name !== "key") fields.set(name, this.materialize(value, attribute.name, `prop ${name}`));
    }
    let children = Value.empty;
    if (ts.isJsxElement(node)) for (const child of node.children) children = join(children, this.jsxChild(child));
    const components = isComponentTag(opening.tagName) ? componentsOf(this.ctx, opening.tagName) : [];
    if (components.length === 0) return;
    if (!children.isEmpty) fields.set("children", children);
    const spreadWhole = joinAll(spreads.map((spread) => new Value(spread.steps, spread.origins, undefined, spread.input)));
    const props = spreadWhole.withFields(fields);
    const text = opening.tagName.getText();
    const site = { node: opening.tagName, text: text.length > 60 ? `${text.slice(0, 57)}…` : text, isNew: false };
    for (const { fn, calling } of components) {
      if (calling === "props") applyFunction(this, site, fn, [props]);
      else if (calling === "props-and-ref") applyFunction(this, site, fn, [withoutField(props, "ref"), props.fields.get("ref") ?? Value.empty]);
      else applyFunction(this, site, fn, [], Value.empty.withFields(new Map([["props", props]])));
    }
  }

  /** A JSX child or attribute value: an expression's value, a nested element walked (its value is not tracked). */
  private jsxChild(node: ts.Node): Value {
    if (ts.isJsxExpression(node)) {
      if (!node.expression) return Value.empty;
      if (isFunctionLike(node.expression)) {
        this.inlineCallback(node.expression, []);
        return Value.empty;
      }
      return this.expression(node.expression);
    }
    if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) this.jsx(node);
    return Value.empty;
  }

  // ---------------------------------------------------------------- reads

  private identifier(node: ts.Identifier): Value {
    if (node.text === "undefined") return Value.empty;
    const symbol = this.ctx.checker.getSymbolAtLocation(node);
    if (!symbol) return Value.empty;
    return this.read(symbol, node);
  }

  private shorthandValue(property: ts.ShorthandPropertyAssignment): Value {
    const symbol = this.ctx.checker.getShorthandAssignmentValueSymbol(property);
    return symbol ? this.read(symbol, property.name) : Value.empty;
  }

  /** The value of a variable: local ones from the environment, others from their heap node. */
  read(symbol: ts.Symbol, at: ts.Node): Value {
    const local = this.env.get(symbol);
    if (local) {
      // A local that a closure analysed on its own also writes: what it stored there too.
      if (!this.ctx.capturedWrites.has(symbol)) return local;
      const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
      return declaration ? join(local, this.heapValue(this.heapNode(declaration, symbol.getName()))) : local;
    }
    const target = symbol.flags & ts.SymbolFlags.Alias ? this.ctx.checker.getAliasedSymbol(symbol) : symbol;
    const declaration = target.valueDeclaration ?? target.declarations?.[0];
    if (declaration && ts.isFunctionDeclaration(declaration) && declaration.body && !declaration.getSourceFile().isDeclarationFile) {
      return Value.ofFunctions([declaration]); // a function named as a value (`[trim, lower]`, `fn.bind(…)`)
    }
    if (!declaration || !isVariableLike(declaration) || declaration.getSourceFile().isDeclarationFile) return Value.empty;
    if (this.isLocal(declaration)) return Value.empty; // not assigned yet on this path
    if (this.isCaptured(declaration)) {
      // A local of an enclosing function: a symbolic input, bound at each call from that scope.
      const pos = positionOf(this.ctx, declaration);
      const base = `cap:${target.getName()}@${pos.line}:${pos.column}` as const;
      this.capturedSymbols.set(base, target);
      const value = this.inputValue(base, [], declaration);
      // A closure may also run after its scope is gone (returned, stored): the enclosing function
      // keeps the variable's values in its heap node too, which feeds the input.
      this.ctx.addEdge(this.heapNode(declaration, target.getName()), value.input!.node, { kind: "data" });
      if (!this.ctx.capturedReads.has(target)) {
        this.ctx.capturedReads.add(target);
        const owner = enclosingFunctionOf(declaration);
        if (owner) this.ctx.requeue(owner);
      }
      return value;
    }
    const heap = this.heapNode(declaration, target.getName());
    const held = this.heldFunctions(heap);
    const initial = constFunction(declaration);
    // `const runner = new JobRunner(…)`: always that one instance, whose fields are its own.
    const made = constAllocation(declaration);
    const value = made ? join(this.heapValue(heap), allocationMarker(this.ctx, made)) : this.heapValue(heap);
    if (!held && !initial) return value;
    return join(join(value, held ?? Value.empty), initial ? Value.ofFunctions([initial]) : Value.empty);
  }

  /**
   * Records the functions a value written into a heap location holds (at `path` inside it), so a
   * later call of what is read back from there runs them; functions that read it are analysed again.
   */
  storeFunctions(heap: string, path: readonly string[], value: Value): void {
    const kept = functionsOnly(value);
    if (!kept) return;
    const current = this.ctx.heapFunctions.get(heap) ?? Value.empty;
    const updated = setPath(current, path, kept, false);
    if (sameValue(updated, current)) return;
    this.ctx.heapFunctions.set(heap, updated);
    for (const reader of this.ctx.heapFunctionReaders.get(heap) ?? []) if (reader !== this.root) this.ctx.requeue(reader);
  }

  /** The functions stored in a heap location so far (see storeFunctions); this function reads them. */
  heldFunctions(heap: string): Value | undefined {
    let readers = this.ctx.heapFunctionReaders.get(heap);
    if (!readers) this.ctx.heapFunctionReaders.set(heap, (readers = new Set()));
    readers.add(this.root);
    return this.ctx.heapFunctions.get(heap);
  }

  /** The functions stored in the class field `this.name` names (a handler kept by a method). */
  heldByThisField(access: ts.PropertyAccessExpression): Value | undefined {
    const heap = this.classFieldNode(access, access.name.text);
    return heap ? this.heldFunctions(heap) : undefined;
  }

  /** A class of the scanned code (also through an import alias): `Registry` in `Registry.cache`. */
  private isClassSymbol(symbol: ts.Symbol): boolean {
    const target = symbol.flags & ts.SymbolFlags.Alias ? this.ctx.checker.getAliasedSymbol(symbol) : symbol;
    return (target.flags & ts.SymbolFlags.Class) !== 0 && (target.declarations ?? []).some((d) => !d.getSourceFile().isDeclarationFile);
  }

  /** Whether a declaration belongs to a function that encloses this one (a closure's captured variable). */
  private isCaptured(declaration: ts.Node): boolean {
    const root = this.root;
    if (ts.isSourceFile(root) || declaration.getSourceFile() !== root.getSourceFile()) return false;
    let fn: ts.Node | undefined = declaration.parent;
    while (fn && !ts.isSourceFile(fn) && !isFunctionLike(fn)) fn = fn.parent;
    if (!fn || ts.isSourceFile(fn) || fn === root) return false;
    return fn.pos <= root.pos && root.end <= fn.end;
  }

  /** What a `super(...)` call contributes to the object being built. */
  absorbIntoThis(value: Value): void {
    if (value.isEmpty) return;
    this.thisValue = join(this.thisValue, value);
    this.thisWrites = join(this.thisWrites, value);
  }

  /** Something this function throws (a throw statement, or what a callee throws here). */
  addThrown(value: Value): void {
    this.thrown = join(this.thrown, value);
  }

  /** Records a call of a function-valued input with these arguments (Summary.calls). */
  recordCall(input: SymbolicInput, args: Value[]): void {
    const previous = this.calls.get(input.node) ?? [];
    const length = Math.max(previous.length, args.length);
    this.calls.set(
      input.node,
      Array.from({ length }, (_, i) => join(previous[i] ?? Value.empty, args[i] ?? Value.empty)),
    );
  }

  /** For a key that is a parameter of this function (`item[key]`): the field its argument names at each call site. */
  keyParameter(expression: ts.Expression): string | undefined {
    const inner = skipOuter(expression);
    if (!ts.isIdentifier(inner) || ts.isSourceFile(this.root)) return undefined;
    const declaration = this.ctx.checker.getSymbolAtLocation(inner)?.valueDeclaration;
    if (!declaration || !ts.isParameter(declaration) || declaration.parent !== this.root || !ts.isIdentifier(declaration.name)) return undefined;
    const index = parametersOf(this.root).indexOf(declaration);
    return index < 0 || declaration.dotDotDotToken ? undefined : parameterKey(index);
  }

  /** `obj.field`: the field's own value, plus whatever the whole object carries. */
  private propertyRead(access: ts.PropertyAccessExpression | ts.ElementAccessExpression, name: string): Value {
    const base = this.expression(access.expression);
    if (SIZE_PROPERTIES.has(name)) return Value.empty;
    let value = this.labelledRead(access.expression, name, this.readField(base, name, access), access);
    // A getter of the scanned code runs: its summary, with the object read from as `this`.
    if (ts.isPropertyAccessExpression(access)) {
      const getter = accessorOf(this.ctx, access, ts.SyntaxKind.GetAccessor);
      if (getter) value = joinAll([value, runAccessor(this, access, getter, base, []), this.getterSources(access, getter)]);
    }
    const known = name !== ANY_FIELD && parameterKeyIndex(name) === undefined;
    if (access.expression.kind === ts.SyntaxKind.ThisKeyword && known) {
      const heap = this.classFieldNode(access, name);
      const held = heap ? this.heldFunctions(heap) : undefined;
      if (held) value = join(value, held);
      const info = value.input && value.input.base === "this" && value.input.path.length === 1 ? this.ctx.inputs.get(value.input.node) : undefined;
      if (heap && info) {
        // `this.f` of an object this function did not build: each call site reads it from its
        // receiver (an instance it built, an instance's own heap node, or the class heap; see
        // instantiate), so two instances of a value class stay apart. For a method no call site
        // runs, the class heap feeds the input itself (see analyzeTypeScript).
        info.heap = heap;
        const declaration = this.ctx.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(access) ? access.name : access)?.valueDeclaration;
        info.readonlyField = declaration !== undefined && (ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Readonly) !== 0;
      } else if (heap) {
        value = join(value, this.heapValue(heap));
      }
    } else if (ts.isIdentifier(access.expression) && known) {
      const symbol = this.ctx.checker.getSymbolAtLocation(access.expression);
      if (symbol && this.isClassSymbol(symbol)) {
        const heap = this.classFieldNode(access, name);
        if (heap) value = join(value, this.heapValue(heap));
      }
    }
    return value;
  }

  /** The field an element access selects, when its key is a constant (see constantKey). */
  keyOf(expression: ts.Expression): string | undefined {
    return constantKey(this.ctx.checker, expression);
  }

  /** A property or binding name's key, a computed one included when it is a constant (`{ [CITY_KEY]: v }`). */
  private propertyKey(name: ts.PropertyName | ts.BindingName): string | undefined {
    return ts.isComputedPropertyName(name) ? this.keyOf(name.expression) : propertyNameText(name);
  }

  readField(value: Value, name: string, at: ts.Node): Value {
    if (SIZE_PROPERTIES.has(name)) return Value.empty;
    // An unknown key's value may be any named field's; the analyzer's own fields (`#keys`) are not elements.
    const own = value.fields.get(name) ?? (name === ANY_FIELD || isInternalField(name) ? undefined : value.fields.get(ANY_FIELD));
    let child = own ?? Value.empty;
    if (name === ANY_FIELD || (!value.fields.has(name) && parameterKeyIndex(name) !== undefined)) {
      for (const [key, field] of value.fields) if (!isInternalField(key)) child = join(child, field);
    }
    const inputInfo = value.input && this.ctx.inputs.get(value.input.node);
    if (value.input && !value.fields.has(name) && !inputInfo?.scalar && !inputInfo?.except?.includes(name)) {
      const { base, path } = value.input;
      // Past the bound, the input as a whole stands for the field (read as a scalar where it is one).
      const whole = path.length >= MAX_PATH ? new Value([value.input.node], [value.input.node]) : undefined;
      const lazy = whole ? (this.readsScalar(at) ? this.readAsScalar(whole) : whole) : this.inputValue(base, [...path, name], at);
      child = join(child, lazy);
    }
    // Functions known only as the whole value (a heap field a callee stored a handler list into):
    // its elements and fields may be those functions too.
    const fns = child.fns ?? (value.fields.size === 0 ? value.fns : undefined);
    if (value.steps.size === 0 && value.origins.size === 0) return fns === child.fns ? child : new Value(child.steps, child.origins, child.fields, child.input, fns);
    // A heap location's field is a location of its own: the read keeps only what was stored whole.
    const steps: string[] = [];
    for (const step of value.steps) {
      const heap = readHeapField(this.ctx, step, name);
      if (heap) steps.push(heap.carried, ...heap.field);
      else steps.push(step);
    }
    return new Value([...steps, ...child.steps], [...value.origins, ...child.origins], child.fields, child.input, fns);
  }

  /** A value of a type with labelled properties holds those labels in those fields. */
  withTypeLabels(node: ts.Node, value: Value): Value {
    const fields = this.typeLabelsOf(node);
    if (fields.length === 0) return value;
    // One source node per asset at this read (a Document holds User.email in dozens of paths).
    const sources = new Map<string, Value>();
    for (const field of fields) {
      const asset = field.mark.asset;
      if (sources.has(asset)) continue;
      const source = this.sourceAt(node, field.mark.label, field.mark.kind, asset, () => typeLabelNote(node, field.path, asset), true);
      for (const step of source.steps) this.ctx.typeSources.set(step, asset);
      sources.set(asset, source);
    }
    return join(value, valueOfTrie(labelTrie(fields), sources));
  }

  /** The labelled fields the type of the value at `node` declares (what withTypeLabels puts there). */
  typeLabelsOf(node: ts.Node): readonly LabelledField[] {
    if (this.ctx.rules.properties.size === 0) return NO_FIELDS;
    let fields = this.ctx.typeLabelsAt.get(node);
    if (fields === undefined) {
      const type = this.labelLookupType(node);
      fields = type && this.ctx.types.labelledFields(type);
      if (!fields?.length) fields = NO_FIELDS;
      this.ctx.typeLabelsAt.set(node, fields);
    }
    return fields;
  }

  /**
   * The type whose labelled fields a read holds. For variables and properties, the declared type
   * (the checker caches it per symbol): narrowing cannot add a property, and asking for the
   * flow-narrowed type of every read costs more than the rest of the walk together.
   */
  private labelLookupType(node: ts.Node): ts.Type | undefined {
    const checker = this.ctx.checker;
    if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) {
      let symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node) ? node.name : node);
      if (!symbol) return ts.isPropertyAccessExpression(node) ? undefined : checker.getTypeAtLocation(node);
      if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      if (symbol.flags & NO_VALUE_FIELDS) return undefined;
      return checker.getTypeOfSymbol(symbol);
    }
    if (ts.isAwaitExpression(node)) {
      // What the operand resolves to; asking for the await's own type would check the operand again.
      const operand = this.labelLookupType(node.expression);
      return operand && checker.getAwaitedType(operand);
    }
    return checker.getTypeAtLocation(node);
  }

  /** Source rules on a getter (`@label` on `get restingBpm()`, or a `Class.getter` call rule): a source at each read. */
  private getterSources(access: ts.PropertyAccessExpression, getter: FunctionLike): Value {
    const rules = this.ctx.rules.sourceCalls.get(access.name.text);
    if (!rules) return Value.empty;
    let result = Value.empty;
    let names: Set<string> | undefined;
    for (const rule of rules) {
      if (rule.declaration) {
        if (rule.declaration !== getter) continue;
      } else if (rule.qualifier) {
        names ??= this.ctx.types.namesOf(this.ctx.checker.getTypeAtLocation(access.expression));
        if (!names.has(rule.qualifier)) continue;
      }
      result = join(result, this.sourceAt(access, rule.label, rule.kind, rule.asset, `read ${rule.asset}`));
    }
    return result;
  }

  /**
   * A read of a labelled property (`p.religion`, `const { religion } = p`) is a source of its own,
   * at the read: it replaces the sources that earlier appearances of the typed value (`p` passed
   * around, cast, awaited) put into that field, so a flow starts where the property is read.
   */
  labelledRead(receiver: ts.Node, name: string, value: Value, at: ts.Node): Value {
    if (!this.ctx.rules.properties.has(name)) return value;
    const marks = this.ctx.types
      .labelledFields(this.ctx.checker.getTypeAtLocation(receiver))
      .filter((f) => f.path.length === 1 && f.path[0] === name)
      .map((f) => f.mark);
    if (marks.length === 0) return value;
    const assets = new Set(marks.map((m) => m.asset));
    value = withoutTypeSources(this.ctx, value, assets);
    if (value.input) {
      const info = this.ctx.inputs.get(value.input.node);
      if (info) for (const asset of assets) (info.covers ??= new Set()).add(asset);
    }
    for (const mark of marks) {
      const source = this.sourceAt(at, mark.label, mark.kind, mark.asset, `read ${mark.asset}`);
      for (const step of source.steps) this.ctx.typeSources.set(step, mark.asset);
      value = join(value, source);
    }
    return value;
  }

  // ---------------------------------------------------------------- writes

  /** Assigns to an l-value: a local (strong update), a field path, a class field, a module variable. */
  assign(target: ts.Expression, value: Value, strong = true): void {
    target = skipOuter(target);
    value = this.withControl(value);
    const setter = ts.isPropertyAccessExpression(target) ? accessorOf(this.ctx, target, ts.SyntaxKind.SetAccessor) : undefined;
    if (setter && ts.isPropertyAccessExpression(target)) runAccessor(this, target, setter, this.expression(target.expression), [value]);
    if (ts.isIdentifier(target)) {
      const symbol = this.ctx.checker.getSymbolAtLocation(target);
      if (symbol) this.write(symbol, target, this.materialize(value, target, `assigned to ${target.text}`), strong);
      return;
    }
    if (ts.isObjectLiteralExpression(target)) {
      for (const property of target.properties) {
        if (ts.isShorthandPropertyAssignment(property)) this.assign(property.name, this.readField(value, property.name.text, property));
        else if (ts.isPropertyAssignment(property)) {
          const key = propertyNameText(property.name) ?? ANY_FIELD;
          this.assign(property.initializer, this.readField(value, key, property));
        }
      }
      return;
    }
    if (ts.isBinaryExpression(target) && isAssignmentOperator(target.operatorToken.kind)) {
      // `(acc[k] ??= []).push(x)`: an assignment is the object it stores, so writes through it land there.
      this.assign(target.left, value, strong);
      return;
    }
    if (ts.isArrayLiteralExpression(target)) {
      target.elements.forEach((element, index) => {
        if (!ts.isOmittedExpression(element)) this.assign(element, this.readField(value, String(index), element));
      });
      return;
    }
    const segments: Array<{ name: string; key?: Value }> = [];
    let base: ts.Expression = target;
    let precise = true;
    while (ts.isPropertyAccessExpression(base) || ts.isElementAccessExpression(base)) {
      if (ts.isPropertyAccessExpression(base)) segments.unshift({ name: base.name.text });
      else {
        const key = this.keyOf(base.argumentExpression);
        if (key === undefined) {
          // A key computed from data is data in the object too (`byFaith[p.religion] = n`).
          segments.unshift({ name: ANY_FIELD, key: collapse(this.expression(base.argumentExpression)) });
          precise = false;
        } else {
          segments.unshift({ name: key });
        }
      }
      base = skipOuter(base.expression);
    }
    const path = segments.map((s) => s.name);
    if (path.length === 0) return;
    const materialized = this.materialize(value, target, `stored in ${path.join(".")}`);
    const strongField = strong && precise;
    const withKeys = (object: Value): Value =>
      segments.reduce((acc, segment, i) => (segment.key && !segment.key.isEmpty ? setPath(acc, [...path.slice(0, i), KEYS_FIELD], segment.key, false) : acc), object);
    const keys = joinAll(segments.map((segment) => segment.key ?? Value.empty));
    if (base.kind === ts.SyntaxKind.ThisKeyword) {
      this.thisValue = withKeys(setPath(this.thisValue, path, materialized, strongField));
      this.thisWrites = withKeys(setPath(this.thisWrites, path, materialized, strongField));
      const heap = this.classFieldNode(target, path[0]);
      if (heap && materialized.holdsFunctions) this.storeFunctions(heap, path.slice(1), materialized);
      if (heap && path.length === 1) this.heapWrite(join(materialized, keys), heap);
      else if (heap) this.flowInto(collapse(join(materialized, keys)), heap);
      return;
    }
    if (ts.isIdentifier(base)) {
      const symbol = this.ctx.checker.getSymbolAtLocation(base);
      if (!symbol) return;
      const current = this.env.get(symbol);
      if (current !== undefined || this.isLocalSymbol(symbol)) {
        const updated = withKeys(setPath(current ?? Value.empty, path, materialized, strongField));
        this.env.set(symbol, updated);
        const declaration = symbol.valueDeclaration;
        if (declaration && this.ctx.capturedReads.has(symbol)) this.heapWrite(updated, this.heapNode(declaration, symbol.getName()));
        return;
      }
      // A static field (`Registry.cache = …`): the class field's heap node holds it.
      if (this.isClassSymbol(symbol) && ts.isPropertyAccessExpression(base.parent) && base.parent.expression === base) {
        const heap = this.classFieldNode(base.parent, path[0]);
        if (heap && path.length === 1) this.heapWrite(join(materialized, keys), heap);
        else if (heap) this.flowInto(collapse(join(materialized, keys)), heap);
        return;
      }
      // A field of a module-level or captured object: the object's heap node holds it (an imported
      // object's too: `saveHooks.afterSave.push(h)` in another module).
      const declaration = (symbol.flags & ts.SymbolFlags.Alias ? this.ctx.checker.getAliasedSymbol(symbol) : symbol).valueDeclaration;
      if (declaration && isVariableLike(declaration)) {
        const heap = this.heapNode(declaration, symbol.getName());
        if (materialized.holdsFunctions) this.storeFunctions(heap, path, materialized);
        this.flowInto(collapse(join(materialized, keys)), heap);
      }
      return;
    }
    // obj().field = v, a[i].x = v …: the base's value cannot be updated in place; nothing to record.
    this.expression(base);
  }

  private write(symbol: ts.Symbol, at: ts.Node, value: Value, strong: boolean): void {
    const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
    if (declaration && isVariableLike(declaration) && !this.isLocal(declaration)) {
      if (this.isCaptured(declaration)) this.ctx.capturedWrites.add(symbol);
      const heap = this.heapNode(declaration, symbol.getName());
      if (value.holdsFunctions) this.storeFunctions(heap, [], value);
      this.heapWrite(value, heap);
      return;
    }
    this.env.set(symbol, strong ? value : join(this.env.get(symbol) ?? Value.empty, value));
    if (declaration && this.ctx.capturedReads.has(symbol)) this.heapWrite(value, this.heapNode(declaration, symbol.getName()));
    void at;
  }

  /**
   * Adds edges from a value's steps into an intermediate node whose value this function goes on
   * using (a call result, a sanitized value): no effect is recorded, since the value that leaves
   * carries its origins itself (an effect would join every call site's data at this node).
   */
  linkInto(value: Value, target: string): void {
    for (const step of value.steps) this.ctx.addEdge(step, target, { kind: "data" });
    if (value.input) this.ctx.addEdge(value.input.node, target, { kind: "data" });
  }

  /** Adds edges from a value's steps into a node outside the value, and records the inputs that reach it. */
  flowInto(value: Value, target: string, note?: string): void {
    for (const step of value.steps) this.ctx.addEdge(step, target, { kind: "data", ...(note ? { note } : {}) });
    if (value.input) this.ctx.addEdge(value.input.node, target, { kind: "data" });
    const origins = [...value.origins, ...(value.input ? [value.input.node] : [])];
    if (origins.length === 0) return;
    let set = this.effects.get(target);
    if (!set) this.effects.set(target, (set = new Set()));
    for (const origin of origins) set.add(origin);
  }

  /**
   * Records that inputs of this function reach `target` (from an instantiated callee summary).
   * `always`: recorded even with no inputs (a store whose instance this function's callers decide).
   */
  addEffect(target: string, origins: Iterable<string>, always = false): void {
    let set = this.effects.get(target);
    if (!set && always) this.effects.set(target, (set = new Set()));
    for (const origin of origins) {
      if (!set) this.effects.set(target, (set = new Set()));
      set.add(origin);
    }
  }

  /**
   * Gives the value's whole-value steps a node of their own at `at`, so a flow's path shows this
   * step (an assignment, a field). Values that carry nothing stay as they are.
   */
  materialize(value: Value, at: ts.Node, note: string): Value {
    if (value.steps.size === 0) return value;
    // Heap locations stay themselves, so a later field read of the variable is that field's.
    const { located, rest } = splitHeapSteps(this.ctx, value.steps);
    if (rest.length === 0) return value;
    const key = nodeAt(this.ctx, "ts-value", at, "", { note, scope: this.scope });
    if (value.steps.size === 1 && value.steps.has(key)) return value;
    for (const step of rest) this.ctx.addEdge(step, key, { kind: "data" });
    return value.withSteps([key, ...located]);
  }

  // ---------------------------------------------------------------- callbacks

  /**
   * Walks a function written in place (a callback) with the current environment: its parameters
   * bound to `params`, its captured locals read as they are here. Returns what it returns.
   */
  inlineCallback(fn: FunctionLike, params: Value[]): Value {
    const saved = this.callbackReturns;
    const savedDead = this.dead;
    const before = this.env;
    this.env = new Map(before);
    this.callbackReturns = [];
    try {
      parametersOf(fn).forEach((parameter, index) => {
        let value = parameter.dotDotDotToken ? joinAll(params.slice(index)) : (params[index] ?? Value.empty);
        if (parameter.initializer) value = join(value, this.expression(parameter.initializer));
        this.bindName(parameter.name, value);
      });
      if (fn.body && ts.isBlock(fn.body)) this.statements(fn.body.statements);
      else if (fn.body) this.callbackReturns.push(this.expression(fn.body));
      return joinAll(this.callbackReturns);
    } finally {
      this.callbackReturns = saved;
      this.dead = savedDead;
      // The callback may run or not: what it assigned to outer locals joins what was there.
      this.env = joinEnv(before, this.env);
    }
  }

  // ---------------------------------------------------------------- places

  /** The stable sink site id of a call in this function: `<function>/<asset>#<n>`. */
  siteOf(call: ts.Node, asset: string): string {
    let order = this.siteOrder.get(asset);
    if (!order) this.siteOrder.set(asset, (order = []));
    let index = order.indexOf(call);
    if (index < 0) index = order.push(call) - 1;
    return `${this.scope}/${asset}#${index + 1}`;
  }

  private heapNode(declaration: ts.Declaration, name: string): string {
    // Asked at every read and write of the variable: its note and scope are made once, with the node.
    const key = nodeAt(this.ctx, "ts-heap", (declaration as ts.NamedDeclaration).name ?? declaration, "heap", () => ({
      note: `module variable ${name}`,
      scope: qualifiedName(declaration),
    }));
    if (!this.ctx.heapKeys.has(key)) {
      const keys = nodeAt(this.ctx, "ts-heap", (declaration as ts.NamedDeclaration).name ?? declaration, "heap.keys", {
        note: `keys of module variable ${name}`,
        scope: qualifiedName(declaration),
      });
      // Not an edge into the variable's node: a value read back by key would carry the keys
      // again. Used whole, the value read (heapValue) still holds them in its keys field.
      this.ctx.heapKeys.set(key, keys);
      declareFieldHeap(this.ctx, key);
    }
    this.declareHeap(key, declaration);
    return key;
  }

  /** A heap node's value as read (a module variable, a class field): its keys apart (see heapWrite). */
  private heapValue(key: string): Value {
    return withHeapKeys(this.ctx, key, Value.of(key));
  }

  /** Records the labelled fields of a heap node's declared type (see heapWrite). */
  private declareHeap(key: string, declaration: ts.Declaration): void {
    if (this.ctx.heapFields.has(key) || this.ctx.rules.properties.size === 0) return;
    const type = this.ctx.checker.getTypeAtLocation((declaration as ts.NamedDeclaration).name ?? declaration);
    this.ctx.heapFields.set(key, this.ctx.types.labelledFields(type));
  }

  /** The heap node of a class field, keyed by its declaring class (`AdsClient.queue`). */
  private classFieldNode(at: ts.Node, field: string): string | undefined {
    const nameNode = ts.isPropertyAccessExpression(at) ? at.name : at;
    const symbol = this.ctx.checker.getSymbolAtLocation(nameNode);
    const declaration = symbol?.valueDeclaration;
    let owner: { key: string; name: string } | undefined;
    if (declaration && (ts.isPropertyDeclaration(declaration) || ts.isParameter(declaration))) {
      if (declaration.getSourceFile().isDeclarationFile) return undefined;
      owner = this.classOwner(declaration);
    } else if (symbol && symbol.flags & (ts.SymbolFlags.Method | ts.SymbolFlags.Accessor)) {
      return undefined;
    }
    owner ??= this.classOwner(at) ?? this.objectLiteralOwner(at);
    if (!owner) return undefined;
    const key = `ts-heap:${owner.key}.${field}`;
    if (!this.ctx.graph.hasNode(key)) {
      const anchor = declaration ?? at;
      const scope = `${owner.name}.${field}`;
      this.ctx.graph.addNode(key, { kind: "ts-heap", ...atPosition(positionOf(this.ctx, anchor)), note: `class field ${scope}`, scope });
      declareFieldHeap(this.ctx, key);
      const keys = `${key}#keys`;
      this.ctx.graph.addNode(keys, { kind: "ts-heap", ...atPosition(positionOf(this.ctx, anchor)), note: `keys of class field ${scope}`, scope });
      this.ctx.heapKeys.set(key, keys);
    }
    if (declaration && (ts.isPropertyDeclaration(declaration) || ts.isParameter(declaration))) this.declareHeap(key, declaration);
    return key;
  }

  /** The class or interface a member is declared in: its heap key (see OwnerKeys) and its name, as notes show it. */
  private classOwner(member: ts.Node): { key: string; name: string } | undefined {
    const owner = enclosingOwner(member);
    const key = owner && this.ctx.owners.ofClass(owner);
    return key ? { key, name: owner!.name!.text } : undefined;
  }

  /** The object literal whose method `at` is in (`const api = { save() { this.x = … } }`): its variable's name or its position. */
  private objectLiteralOwner(at: ts.Node): { key: string; name: string } | undefined {
    let fn: ts.Node | undefined = at.parent;
    while (fn && !ts.isSourceFile(fn) && !(isFunctionLike(fn) && !ts.isArrowFunction(fn))) fn = fn.parent;
    if (!fn || ts.isSourceFile(fn)) return undefined;
    const holder = ts.isPropertyAssignment(fn.parent) ? fn.parent.parent : fn.parent;
    if (!ts.isObjectLiteralExpression(holder)) return undefined;
    const named = holder.parent;
    const name = (ts.isVariableDeclaration(named) || ts.isPropertyAssignment(named)) && ts.isIdentifier(named.name) ? named.name.text : undefined;
    return { key: this.ctx.owners.ofObjectLiteral(holder, name), name: name ?? "object" };
  }

  private isLocal(declaration: ts.Node): boolean {
    const root = this.root;
    if (declaration.getSourceFile() !== root.getSourceFile()) return false;
    let fn: ts.Node | undefined = declaration.parent;
    while (fn && !ts.isSourceFile(fn) && !isFunctionLike(fn)) fn = fn.parent;
    if (!fn || ts.isSourceFile(fn)) return false; // module-level: a heap variable
    return fn.pos >= root.pos && fn.end <= root.end;
  }

  isLocalSymbol(symbol: ts.Symbol): boolean {
    const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
    return declaration !== undefined && this.isLocal(declaration);
  }

  /** Wraps an analysis failure so the driver can report it with the function's position. */
  static isTooDeep(error: unknown): boolean {
    return error instanceof TooDeep;
  }
}

// ---------------------------------------------------------------- helpers

const SCALAR_TYPE_FLAGS =
  ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.BigIntLike | ts.TypeFlags.EnumLike | ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Void;

/** A primitive type, or a union of them (`string | undefined`, `"a" | "b"`); never `any` or `unknown`. */
function isScalarType(type: ts.Type): boolean {
  if (type.flags & ts.TypeFlags.Union) return (type as ts.UnionType).types.every(isScalarType);
  return (type.flags & SCALAR_TYPE_FLAGS) !== 0;
}

/** A type written as a string, number, boolean or bigint, a literal of one, or a union of them. */
function isScalarTypeNode(type: ts.TypeNode): boolean {
  switch (type.kind) {
    case ts.SyntaxKind.StringKeyword:
    case ts.SyntaxKind.NumberKeyword:
    case ts.SyntaxKind.BooleanKeyword:
    case ts.SyntaxKind.BigIntKeyword:
    case ts.SyntaxKind.LiteralType:
    case ts.SyntaxKind.TemplateLiteralType:
      return true;
    case ts.SyntaxKind.UnionType:
      return (type as ts.UnionTypeNode).types.every(isScalarTypeNode);
    case ts.SyntaxKind.ParenthesizedType:
      return isScalarTypeNode((type as ts.ParenthesizedTypeNode).type);
    default:
      return false;
  }
}

/** `<ContactButton>`, `<Form.Field>`: a component; `<button>`, `<my-element>`: an intrinsic element (no lookup). */
function isComponentTag(tag: ts.JsxTagNameExpression): boolean {
  if (ts.isPropertyAccessExpression(tag)) return true;
  return ts.isIdentifier(tag) && /^[A-Z]/.test(tag.text);
}

/** Whether an expression mentions `this` (outside nested non-arrow functions it would be the object). */
function readsThis(node: ts.Node): boolean {
  if (node.kind === ts.SyntaxKind.ThisKeyword) return true;
  return ts.forEachChild(node, readsThis) === true;
}

/** `read DatingProfile.religion` where the field itself is read; otherwise what holds it. */
function typeLabelNote(node: ts.Node, path: readonly string[], asset: string): string {
  const parent = node.parent;
  const readsField =
    path.length === 1 &&
    ((ts.isPropertyAccessExpression(parent) && parent.expression === node && parent.name.text === path[0]) ||
      (ts.isElementAccessExpression(parent) && parent.expression === node && literalKey(parent.argumentExpression) === path[0]));
  if (readsField) return `read ${asset}`;
  const text = node.getText();
  return `${text.length > 40 ? `${text.slice(0, 37)}…` : text} holds ${asset}${path.length > 1 ? ` (in ${path.join(".")})` : ""}`;
}

/** Records where in a typed heap node's value each symbolic input is stored (see ScanContext.heapInputPaths). */
function recordStoredInputs(ctx: ScanContext, key: string, value: Value, path: readonly string[]): void {
  if (value.input) {
    const id = `${key}\u0000${value.input.node}`;
    const known = ctx.heapInputPaths.get(id);
    if (known === undefined) ctx.heapInputPaths.set(id, path);
    else if (known !== null && known.join("\u0000") !== path.join("\u0000")) ctx.heapInputPaths.set(id, null);
  }
  if (path.length >= MAX_PATH) return;
  for (const [name, child] of value.fields) if (!isInternalField(name)) recordStoredInputs(ctx, key, child, [...path, name]);
}

/** The labelled fields declared below `path`, with paths relative to it. */
export function declaredBelow(declared: readonly LabelledField[], path: readonly string[]): LabelledField[] {
  if (path.length === 0) return [...declared];
  return declared.filter((f) => f.path.length > path.length && path.every((p, i) => f.path[i] === p)).map((f) => ({ ...f, path: f.path.slice(path.length) }));
}

/**
 * The value without the sources of labelled fields its declared type has at the same paths (the
 * type labels them again where the value is read back).
 */
export function stripDeclared(ctx: ScanContext, value: Value, declared: readonly LabelledField[]): Value {
  let fields: Map<string, Value> | undefined;
  for (const [name, child] of value.fields) {
    const here = declared.filter((f) => f.path[0] === name);
    if (here.length === 0) continue;
    let stripped = withoutTypeSources(ctx, child, new Set(here.filter((f) => f.path.length === 1).map((f) => f.mark.asset)));
    const deeper = here.filter((f) => f.path.length > 1).map((f) => ({ ...f, path: f.path.slice(1) }));
    if (deeper.length > 0) stripped = stripDeclared(ctx, stripped, deeper);
    if (stripped !== child) (fields ??= new Map(value.fields)).set(name, stripped);
  }
  return fields ? value.withFields(fields) : value;
}

/** The value without the whole-value sources that typed appearances of these assets put into it. */
export function withoutTypeSources(ctx: ScanContext, value: Value, assets: ReadonlySet<string>): Value {
  const steps = [...value.steps].filter((step) => {
    const asset = ctx.typeSources.get(step);
    return asset === undefined || !assets.has(asset);
  });
  return steps.length === value.steps.size ? value : value.withSteps(steps);
}

/** The function (or module) a declaration belongs to. */
function enclosingFunctionOf(declaration: ts.Node): FunctionLike | ts.SourceFile | undefined {
  let current: ts.Node | undefined = declaration.parent;
  while (current && !ts.isSourceFile(current) && !isFunctionLike(current)) current = current.parent;
  return current as FunctionLike | ts.SourceFile | undefined;
}

/**
 * A value holding each given value at its path, built in one pass (what a weak setPath of each
 * would give, without copying the field maps once per path).
 */
/** The labelled fields of a type as a tree of (bounded) field names, with the assets each field holds. */
interface LabelTrie {
  assets: string[];
  children: Map<string, LabelTrie>;
}

/** Built once per type's field list (TypeFacts caches those per type): reads of that type share it. */
const labelTries = new WeakMap<readonly LabelledField[], LabelTrie>();

function labelTrie(fields: readonly LabelledField[]): LabelTrie {
  let trie = labelTries.get(fields);
  if (!trie) {
    trie = { assets: [], children: new Map() };
    for (const field of fields) {
      let at = trie;
      for (const segment of boundedPath(field.path)) {
        let next = at.children.get(segment);
        if (!next) at.children.set(segment, (next = { assets: [], children: new Map() }));
        at = next;
      }
      if (!at.assets.includes(field.mark.asset)) at.assets.push(field.mark.asset);
    }
    labelTries.set(fields, trie);
  }
  return trie;
}

/** A value holding each asset's source (by asset) at the fields the tree gives it. */
function valueOfTrie(trie: LabelTrie, sources: ReadonlyMap<string, Value>): Value {
  let here = Value.empty;
  for (const asset of trie.assets) here = join(here, sources.get(asset)!);
  if (trie.children.size === 0) return here;
  const fields = new Map(here.fields);
  for (const [name, child] of trie.children) fields.set(name, valueOfTrie(child, sources));
  return here.withFields(fields);
}

/** An access path cut to MAX_PATH segments, the last standing for any field below. */
function boundedPath(path: readonly string[]): readonly string[] {
  return path.length > MAX_PATH ? [...path.slice(0, MAX_PATH - 1), ANY_FIELD] : path;
}

export function setPath(value: Value, path: readonly string[], newValue: Value, strong: boolean): Value {
  if (path.length === 0) return strong ? newValue : join(value, newValue);
  const [head, ...rest] = boundedPath(path);
  const child = value.fields.get(head) ?? Value.empty;
  const updated = setPath(child, rest, newValue, strong && head !== ANY_FIELD);
  return value.withField(head, head === ANY_FIELD ? join(child, updated) : updated);
}

/** `more` joined onto `current`, which may not be there yet (the tests that decide code, see FunctionWalker.control). */
function joinOptional(current: Value | undefined, more: Value): Value {
  return current ? join(current, more) : more;
}

/** An object type (every member of a union, `null` and `undefined` aside): not a primitive, not `any`. */
function isObjectType(checker: ts.TypeChecker, type: ts.Type): boolean {
  const members = checker.getNonNullableType(type);
  const types = members.isUnion() ? members.types : [members];
  return types.length > 0 && types.every((t) => (t.flags & (ts.TypeFlags.Object | ts.TypeFlags.NonPrimitive)) !== 0);
}

function joinEnv(a: Env, b: Env): Env {
  if (a === b) return a;
  const result = new Map(a);
  for (const [symbol, value] of b) {
    const mine = result.get(symbol);
    result.set(symbol, mine ? join(mine, value) : value);
  }
  return result;
}

function declaredWithin(symbol: ts.Symbol, node: ts.Node): boolean {
  const declaration = symbol.valueDeclaration;
  return declaration !== undefined && declaration.pos >= node.pos && declaration.end <= node.end && declaration.getSourceFile() === node.getSourceFile();
}

function sameEnv(a: Env, b: Env): boolean {
  return sameEntries(a, b, (x, y) => sameValue(x, y));
}

/**
 * Whether call sites take the same values from two summaries of one function (result, writes on
 * `this`, throws, callbacks, defaults): if not, its callers are walked again.
 */
export function sameSummaryValues(a: Summary, b: Summary): boolean {
  return (
    sameValue(a.ret, b.ret) &&
    sameValue(a.thisWrites, b.thisWrites) &&
    sameValue(a.thrown, b.thrown) &&
    sameEntries(a.calls, b.calls, (x, y) => x.length === y.length && x.every((arg, i) => sameValue(arg, y[i]))) &&
    sameEntries(a.defaults, b.defaults, (x, y) => sameValue(x, y))
  );
}

/** Whether two summaries of one function reach the same nodes from the same inputs. */
export function sameEffects(a: Summary, b: Summary): boolean {
  return sameEntries(a.effects, b.effects, sameSet);
}

/**
 * The union of two summaries of one function (widening for the fixed point: a function analysed
 * again and again only ever gains inputs, effects and fields, so the iteration ends).
 */
export function joinSummaries(a: Summary, b: Summary): Summary {
  const effects = new Map<string, Set<string>>();
  for (const source of [a.effects, b.effects]) {
    for (const [target, inputs] of source) {
      let set = effects.get(target);
      if (!set) effects.set(target, (set = new Set()));
      for (const input of inputs) set.add(input);
    }
  }
  const calls = new Map<string, Value[]>();
  for (const source of [a.calls, b.calls]) {
    for (const [input, args] of source) {
      const previous = calls.get(input) ?? [];
      calls.set(input, Array.from({ length: Math.max(previous.length, args.length) }, (_, i) => join(previous[i] ?? Value.empty, args[i] ?? Value.empty)));
    }
  }
  const ret = join(a.ret, b.ret);
  const thisWrites = join(a.thisWrites, b.thisWrites);
  const thrown = join(a.thrown, b.thrown);
  const defaults = new Map(a.defaults);
  for (const [index, value] of b.defaults) defaults.set(index, join(defaults.get(index) ?? Value.empty, value));
  return { ret, thisWrites, thrown, calls, defaults, effects, returnNode: b.returnNode };
}

const NO_FIELDS: readonly LabelledField[] = [];

/** The function a module-level `const` is initialised with (`export const trim: Step = (v) => …`). */
function constFunction(declaration: ts.Node): FunctionLike | undefined {
  if (!ts.isVariableDeclaration(declaration) || !declaration.initializer || !(ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const)) return undefined;
  const init = skipOuter(declaration.initializer);
  return (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && init.body ? init : undefined;
}

function isAssignmentOperator(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

function isVariableLike(declaration: ts.Node): boolean {
  return ts.isVariableDeclaration(declaration) || ts.isParameter(declaration) || ts.isBindingElement(declaration);
}

export function propertyNameText(name: ts.PropertyName | ts.BindingName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isComputedPropertyName(name)) return literalKey(name.expression);
  return undefined;
}

export function functionName(fn: FunctionLike): string | undefined {
  if (ts.isConstructorDeclaration(fn)) return "constructor";
  if (fn.name && (ts.isIdentifier(fn.name) || ts.isStringLiteral(fn.name))) return fn.name.text;
  if (ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) return fn.parent.name.text;
  if (ts.isPropertyAssignment(fn.parent) || ts.isPropertyDeclaration(fn.parent)) return propertyNameText(fn.parent.name);
  return undefined;
}

/** The name of the class or interface a member is declared in (as rules and annotations name it). */
export function ownerClassName(node: ts.Node): string | undefined {
  return enclosingOwner(node)?.name?.text;
}

function parameterText(parameter: ts.ParameterDeclaration): string {
  return ts.isIdentifier(parameter.name) ? parameter.name.text : "…";
}

export { nodeKey };

/** The `new C(…)` a `const` is initialized with, if that is its initializer. */
function constAllocation(declaration: ts.Declaration): ts.NewExpression | undefined {
  if (!ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  if (!(ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const)) return undefined;
  const init = skipOuter(declaration.initializer);
  return ts.isNewExpression(init) ? init : undefined;
}

/** Whether a statement of a case clause holds a `break` of the switch itself (not of a loop or switch inside). */
function breaksOutOfSwitch(statement: ts.Statement): boolean {
  const stack: ts.Node[] = [statement];
  while (stack.length) {
    const node = stack.pop()!;
    if (ts.isBreakStatement(node)) {
      if (!node.label) return true;
      continue;
    }
    if (ts.isIterationStatement(node, false) || ts.isSwitchStatement(node) || isFunctionLike(node) || ts.isClassLike(node)) continue;
    node.forEachChild((child) => {
      stack.push(child);
    });
  }
  return false;
}
