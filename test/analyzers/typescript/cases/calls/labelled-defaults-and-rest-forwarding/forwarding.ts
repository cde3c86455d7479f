export function logWith(prefix: string, ...args: unknown[]): void {
  console.log(prefix, ...args);
}

export function forward(...args: unknown[]): void {
  logWith("[fwd]", ...args);
}

export function forwardTail(first: unknown, ...rest: unknown[]): void {
  void first;
  logWith("[tail]", ...rest);
}

export function logArity(...args: unknown[]): void {
  console.log("[arity]", args.length);
}
