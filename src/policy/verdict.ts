import type { LineageConfig } from "../config/types.js";
import type { Verdict } from "./types.js";

/**
 * A flow of label L into purpose P is a violation when L has `allowedPurposes` and P is not among
 * them, or P is in L's `deniedPurposes`; otherwise (including labels without a policy) allowed.
 */
export function verdictOf(label: string, purpose: string, config: LineageConfig): Verdict {
  const policy = config.labels?.[label];
  if (!policy) return "allowed";
  if (policy.allowedPurposes && !policy.allowedPurposes.includes(purpose)) return "violation";
  if (policy.deniedPurposes?.includes(purpose)) return "violation";
  return "allowed";
}
