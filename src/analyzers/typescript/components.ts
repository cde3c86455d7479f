import { ts } from "ts-morph";
import { type ComponentWrapper, componentWrappers } from "../../catalog/index.js";
import type { Arguments } from "./calls.js";
import { type CallSite, definitionsOf, functionsOf } from "./call-site.js";
import { type FunctionLike, isFunctionLike, isInlineCallback, type ScanContext } from "./context.js";
import { moduleMatches, skipOuter } from "./origins.js";
import type { FunctionWalker } from "./walker.js";
import { join, Value } from "./value.js";

/**
 * React components: which functions a JSX tag runs, seen through the component wrappers of the
 * catalog (`memo`, `forwardRef`, `lazy`, mobx-react's `observer` …). A wrapper is matched by the
 * package its callee is imported from, found syntactically (a scanned repository rarely has
 * node_modules), so a library call that merely takes a callback never stands for its callback.
 */

const wrappersByName = new Map<string, Array<{ modules: string[]; wrapper: ComponentWrapper }>>();
for (const entry of componentWrappers) {
  for (const wrapper of entry.wrappers) {
    for (const call of wrapper.calls) wrappersByName.set(call, [...(wrappersByName.get(call) ?? []), { modules: entry.modules, wrapper }]);
  }
}

/** A call of a component wrapper, with the argument that is the component (undefined when omitted). */
export interface WrapperCall {
  wrapper: ComponentWrapper;
  component?: ts.Expression;
}

/** The component wrapper a call is (`memo(Row)`, `React.forwardRef(render)`, `inject("auth")(Card)`), if any. */
export function componentWrapperOf(ctx: ScanContext, call: ts.CallExpression): WrapperCall | undefined {
  const callee = skipOuter(call.expression);
  const curried = ts.isCallExpression(callee);
  const named = curried ? skipOuter(callee.expression) : callee;
  const name = ts.isIdentifier(named) ? named.text : ts.isPropertyAccessExpression(named) ? named.name.text : undefined;
  const candidates = name === undefined ? undefined : wrappersByName.get(name);
  if (!candidates) return undefined;
  // `memo` imported by name, `React.memo` through a default or namespace import of the package.
  const origin = ctx.origins.of(named);
  if (!origin || origin.factory || origin.members.length !== 1 || origin.members[0] !== name) return undefined;
  const match = candidates.find(({ modules, wrapper }) => (wrapper.curried === true) === curried && modules.some((m) => moduleMatches(origin.module, m)));
  return match && { wrapper: match.wrapper, component: call.arguments[match.wrapper.component ?? 0] };
}

/** The default export of the module a loader loads (`() => import("./Billing")`), when the loader is that simple. */
export function loadedDefaultExport(ctx: ScanContext, loader: ts.Expression): ts.Symbol | undefined {
  const fn = skipOuter(loader);
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return undefined;
  const returned = ts.isBlock(fn.body) ? fn.body.statements.find(ts.isReturnStatement)?.expression : fn.body;
  const load = returned && skipOuter(returned);
  if (!load || !ts.isCallExpression(load) || load.expression.kind !== ts.SyntaxKind.ImportKeyword || !load.arguments[0]) return undefined;
  const module = ctx.checker.getSymbolAtLocation(load.arguments[0]);
  return module && ctx.checker.tryGetMemberInModuleExports(ts.InternalSymbolName.Default, module);
}

/** How a JSX element runs a function of the scanned code. */
export interface ComponentCall {
  fn: FunctionLike;
  /** `props`: a function component; `props-and-ref`: a `forwardRef` render function; `render`: a class component's method. */
  calling: "props" | "props-and-ref" | "render";
}

/** The function components, `forwardRef` render functions and class components' `render` methods a JSX tag names. */
export function componentsOf(ctx: ScanContext, tag: ts.JsxTagNameExpression): ComponentCall[] {
  if (!ts.isIdentifier(tag) && !ts.isPropertyAccessExpression(tag)) return [];
  return definitionsOf(ctx, tag).flatMap(({ node, forwardsRef }): ComponentCall[] => {
    if (isFunctionLike(node)) return [{ fn: node, calling: forwardsRef ? "props-and-ref" : "props" }];
    const render = node.members.find((m): m is ts.MethodDeclaration => ts.isMethodDeclaration(m) && m.name.getText() === "render" && m.body !== undefined);
    return render ? [{ fn: render, calling: "render" }] : [];
  });
}

/**
 * The value of a component wrapper's call: the component it wraps (the functions it may be), so a
 * variable or field holding `memo(Row)` holds `Row`. A callback written in place inside a function
 * is walked where it stands, as unknown code's are; one in module code is summarised on its own.
 */
export function wrapperCall(w: FunctionWalker, site: CallSite, args: Arguments): Value | undefined {
  const wrapped = ts.isCallExpression(site.node) ? componentWrapperOf(w.ctx, site.node) : undefined;
  if (!wrapped) return undefined;
  for (const [, fn] of [...args.callbacks].sort(([a], [b]) => a - b)) if (isInlineCallback(fn)) w.inlineCallback(fn, []);
  const component = wrapped.wrapper.loads ? Value.empty : (args.values[wrapped.wrapper.component ?? 0] ?? Value.empty);
  return join(component, Value.ofFunctions(functionsOf(w.ctx, site.node)));
}

