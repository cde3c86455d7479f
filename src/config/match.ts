import picomatch from "picomatch";

/**
 * Matchers for config rules over plain strings, shared by the analyzers so that every rule means the
 * same thing everywhere.
 */

export interface CallRule {
  /** `AdsClient` in `AdsClient.track`, `console` in `console.log`; absent for a bare name. */
  qualifier?: string;
  name: string;
}

/** Splits a call rule on its last dot: `AdsClient.track` → `{ qualifier: "AdsClient", name: "track" }`. */
export function parseCallRule(call: string): CallRule {
  const dot = call.lastIndexOf(".");
  return dot < 0 ? { name: call } : { qualifier: call.slice(0, dot), name: call.slice(dot + 1) };
}

/**
 * Whether a table pattern matches a table name (`schema.table`). `*` matches within one segment
 * (`ads.*`, `*.audit_log`, `ads.user_*`). Unquoted segments compare case-insensitively, quoted ones
 * (`"Ads".segments`) exactly. A pattern with fewer segments than the name matches its trailing
 * segments, so `profiles` matches `dating.profiles`.
 */
export function matchesTable(pattern: string, table: string): boolean {
  return matchesQualifiedName(pattern, table);
}

/** As matchesTable, for `schema.table.column`: `dating.profiles.religion`, `dating.*.email`, `*.email`. */
export function matchesColumn(pattern: string, column: string): boolean {
  return matchesQualifiedName(pattern, column);
}

/** Whether a `/`-separated path relative to the scan root matches any of the globs (dotfiles included). */
export function matchesPath(globs: readonly string[], relPath: string): boolean {
  if (globs.length === 0) return false;
  const key = globs.join("\u0000");
  let matcher = pathMatchers.get(key);
  if (matcher === undefined) {
    matcher = picomatch(
      globs.map((glob) => glob.replace(/^\.\//, "")),
      { dot: true },
    );
    pathMatchers.set(key, matcher);
  }
  return matcher(relPath.replace(/\\/g, "/").replace(/^\.\//, ""));
}

const pathMatchers = new Map<string, (path: string) => boolean>();
const segmentPatterns = new Map<string, RegExp>();

/** Splits `a."b.c".d` on the dots outside double quotes or backticks. */
export function splitQualifiedName(name: string): string[] {
  const segments: string[] = [];
  let current = "";
  let quote: string | undefined;
  for (const ch of name) {
    if (quote !== undefined) {
      if (ch === quote) quote = undefined;
      current += ch;
    } else if (ch === '"' || ch === "`") {
      quote = ch;
      current += ch;
    } else if (ch === ".") {
      segments.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  segments.push(current);
  return segments;
}

function matchesQualifiedName(pattern: string, name: string): boolean {
  const patternSegments = splitQualifiedName(pattern);
  const nameSegments = splitQualifiedName(name);
  if (patternSegments.length > nameSegments.length) return false;
  const tail = nameSegments.slice(nameSegments.length - patternSegments.length);
  return patternSegments.every((segment, i) => matchesSegment(segment, tail[i]!));
}

function matchesSegment(pattern: string, segment: string): boolean {
  const value = unquote(segment) ?? segment;
  const quoted = unquote(pattern);
  if (quoted !== undefined) return quoted === value;
  let regex = segmentPatterns.get(pattern);
  if (regex === undefined) {
    const source = pattern
      .split("*")
      .map((part) => part.replace(/[\\^$.|?+()[\]{}]/g, "\\$&"))
      .join(".*");
    regex = new RegExp(`^${source}$`, "i");
    segmentPatterns.set(pattern, regex);
  }
  return regex.test(value);
}

function unquote(segment: string): string | undefined {
  const first = segment[0];
  if (segment.length >= 2 && (first === '"' || first === "`") && segment.endsWith(first)) return segment.slice(1, -1);
  return undefined;
}
