import { describe, expect, it } from "vitest";
import { ANY_FIELD, join, MAX_PATH, sameValue, Value } from "../../../src/analyzers/typescript/value.js";

/** A value holding `leaf` at the end of `path`. */
function at(path: string[], leaf: Value): Value {
  return path.reduceRight((inner, name) => Value.empty.withFields(new Map([[name, inner]])), leaf);
}

// The fixed point re-walks a function's callers when its summary is not the same as before, and
// stops iterating a loop when its variables are the same as on the previous round: `sameValue`
// must see every difference a caller could observe, and no difference where there is none.
describe("sameValue", () => {
  it("is true for values built apart with the same steps, origins and fields, in any order", () => {
    const a = join(Value.of("n1", ["p0"]), at(["profile", "email"], Value.of("n2")));
    const b = join(at(["profile", "email"], Value.of("n2")), new Value(["n1"], ["p0"]));
    expect(a).not.toBe(b);
    expect(sameValue(a, b)).toBe(true);
  });

  it("sees a step, an origin or an input that only one side has", () => {
    expect(sameValue(Value.of("n1"), new Value(["n1", "n2"]))).toBe(false);
    expect(sameValue(Value.of("n1", ["p0"]), Value.of("n1", ["p1"]))).toBe(false);
    const input = { node: "param#0", base: 0 as const, path: [] };
    expect(sameValue(new Value([], [], undefined, input), Value.empty)).toBe(false);
  });

  it("sees a difference deep in a field, and a field present on one side only (even an empty one)", () => {
    expect(sameValue(at(["a", "b", "c"], Value.of("n1")), at(["a", "b", "c"], Value.of("n2")))).toBe(false);
    expect(sameValue(at(["a"], Value.empty), Value.empty)).toBe(false);
    expect(sameValue(at(["a", "b"], Value.of("n1")), at(["a", ANY_FIELD], Value.of("n1")))).toBe(false);
  });

  it("ignores fields below the access-path bound, as the summaries do", () => {
    const deep = (step: string) => at(Array.from({ length: MAX_PATH + 2 }, (_, i) => `f${i}`), Value.of(step));
    expect(sameValue(deep("n1"), deep("n2"))).toBe(true);
  });
});
