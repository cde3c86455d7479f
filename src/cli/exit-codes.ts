import type { Flow } from "../policy/types.js";

export const EXIT_OK = 0;
export const EXIT_FOUND = 1;
export const EXIT_USAGE = 2;

export type FailOn = "violation" | "new" | "none";

/** 1 when something reached `--fail-on`: any violation, only violations absent from the baseline, or never. */
export function exitCodeFor(flows: Flow[], failOn: FailOn): number {
  if (failOn === "none") return EXIT_OK;
  const failing = flows.filter((f) => f.verdict === "violation" && (failOn === "violation" || f.new === true));
  return failing.length > 0 ? EXIT_FOUND : EXIT_OK;
}
