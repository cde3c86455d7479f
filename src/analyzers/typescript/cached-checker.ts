import type { ts } from "ts-morph";

/**
 * The type checker with `getSymbolAtLocation` remembered per node. The checker resolves a name
 * afresh on every call (a walk up the scopes, then the globals), and the walker asks for the same
 * identifier several times: when it reads it, when it looks up its type's labels, when it resolves
 * a call, and again each time a function or loop body is walked once more.
 */
export function withSymbolCache(checker: ts.TypeChecker): ts.TypeChecker {
  const symbols = new Map<ts.Node, ts.Symbol | null>();
  // The checker's methods are closures over its state, not methods of `this`: delegating works.
  const cached: ts.TypeChecker = Object.create(checker);
  cached.getSymbolAtLocation = (node: ts.Node): ts.Symbol | undefined => {
    let symbol = symbols.get(node);
    if (symbol === undefined) {
      symbol = checker.getSymbolAtLocation(node) ?? null;
      symbols.set(node, symbol);
    }
    return symbol ?? undefined;
  };
  return cached;
}
