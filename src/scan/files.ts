import fs from "node:fs";
import path from "node:path";
import ignore, { type Ignore } from "ignore";
import { matchesPath } from "../config/match.js";
import type { Diagnostic } from "../diagnostics.js";

/** Files over this size are skipped with a warning: generated bundles, dumps. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

const TYPESCRIPT = new Set([".ts", ".tsx", ".mts", ".cts"]);
const JAVASCRIPT = new Set([".js", ".jsx", ".mjs", ".cjs"]);
const ALWAYS_EXCLUDED = ["**/node_modules/**", "**/.git/**"];

export interface DiscoveredFiles {
  /** Absolute paths, sorted by their path relative to the root. */
  typescript: string[];
  sql: Array<{ absolute: string; relative: string; text: string }>;
  diagnostics: Diagnostic[];
}

export interface DiscoveryOptions {
  root: string;
  paths: string[];
  include?: string[];
  exclude?: string[];
  allowJs?: boolean;
}

/**
 * The supported files under the scan paths, after the default excludes, `.gitignore` files and
 * the config's include/exclude. Walks iteratively; follows symbolic links that stay inside the
 * root, once each (loops are detected by real path). Unreadable, binary, oversized or
 * undecodable files become warnings.
 */
export function discoverFiles(options: DiscoveryOptions): DiscoveredFiles {
  const root = path.resolve(options.root);
  const realRoot = fs.realpathSync(root);
  const diagnostics: Diagnostic[] = [];
  const typescript: string[] = [];
  const sql: DiscoveredFiles["sql"] = [];
  const seenReal = new Set<string>();
  const exclude = [...ALWAYS_EXCLUDED, ...(options.exclude ?? [])];
  const relativeOf = (absolute: string) => path.relative(root, absolute).split(path.sep).join("/");
  const gitignores = new Map<string, Ignore>();

  const isIgnored = (absolute: string, isDirectory: boolean): boolean => {
    const rel = relativeOf(absolute);
    if (rel === "") return false;
    if (matchesPath(exclude, rel) || (isDirectory && matchesPath(exclude, `${rel}/`))) return true;
    // .gitignore files from the root down to the file's folder.
    let dir = path.dirname(absolute);
    const chain: string[] = [];
    while (dir.startsWith(root)) {
      chain.unshift(dir);
      if (dir === root) break;
      dir = path.dirname(dir);
    }
    for (const folder of chain) {
      const rules = gitignoreOf(folder);
      if (!rules) continue;
      const within = path.relative(folder, absolute).split(path.sep).join("/");
      if (within && rules.ignores(isDirectory ? `${within}/` : within)) return true;
    }
    return false;
  };

  const gitignoreOf = (folder: string): Ignore | undefined => {
    if (gitignores.has(folder)) return gitignores.get(folder);
    let rules: Ignore | undefined;
    try {
      const text = fs.readFileSync(path.join(folder, ".gitignore"), "utf8");
      rules = ignore().add(text);
    } catch {
      rules = undefined;
    }
    gitignores.set(folder, rules as Ignore);
    return rules;
  };

  const consider = (absolute: string): void => {
    const extension = path.extname(absolute).toLowerCase();
    const isTs = TYPESCRIPT.has(extension) || (options.allowJs === true && JAVASCRIPT.has(extension));
    const isSql = extension === ".sql";
    if (!isTs && !isSql) return;
    if (absolute.endsWith(".d.ts") || absolute.endsWith(".d.mts") || absolute.endsWith(".d.cts")) return;
    const rel = relativeOf(absolute);
    if (options.include?.length && !matchesPath(options.include, rel)) return;
    const warn = (message: string): void => {
      diagnostics.push({ file: rel, line: 1, severity: "warning", message });
    };
    let bytes: Buffer;
    try {
      const stat = fs.statSync(absolute);
      if (stat.size > MAX_FILE_BYTES) return warn(`skipped: larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB (${stat.size} bytes)`);
      bytes = fs.readFileSync(absolute);
    } catch (error) {
      return warn(`skipped: unreadable (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    if (bytes.subarray(0, 8000).includes(0)) return warn("skipped: binary file");
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return warn("skipped: not valid UTF-8");
    }
    if (isSql) sql.push({ absolute, relative: rel, text: text.replace(/^\uFEFF/, "") });
    else typescript.push(absolute);
  };

  const stack: string[] = [];
  for (const input of [...options.paths].reverse()) stack.push(path.resolve(input));
  while (stack.length > 0) {
    const current = stack.pop()!;
    let stat: fs.Stats;
    let real: string;
    try {
      const link = fs.lstatSync(current);
      real = fs.realpathSync(current);
      stat = fs.statSync(current);
      if (link.isSymbolicLink() && !isInside(real, realRoot)) {
        diagnostics.push({ file: relativeOf(current), line: 1, severity: "warning", message: "skipped: symbolic link points outside the scan root" });
        continue;
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      diagnostics.push({
        file: relativeOf(current),
        line: 1,
        severity: "warning",
        message: code === "ENOENT" ? "skipped: dangling symbolic link" : `skipped: unreadable (${code ?? String(error)})`,
      });
      continue;
    }
    if (seenReal.has(real)) continue; // a loop, or a second link to the same place
    seenReal.add(real);
    if (stat.isDirectory()) {
      if (isIgnored(current, true)) continue;
      let entries: string[];
      try {
        entries = fs.readdirSync(current).sort();
      } catch (error) {
        diagnostics.push({ file: relativeOf(current), line: 1, severity: "warning", message: `skipped: unreadable folder (${(error as NodeJS.ErrnoException).code})` });
        continue;
      }
      for (let i = entries.length - 1; i >= 0; i--) stack.push(path.join(current, entries[i]));
    } else if (stat.isFile()) {
      if (!isIgnored(current, false)) consider(current);
    }
  }
  typescript.sort((a, b) => (relativeOf(a) < relativeOf(b) ? -1 : 1));
  sql.sort((a, b) => (a.relative < b.relative ? -1 : 1));
  return { typescript, sql, diagnostics };
}

function isInside(candidate: string, root: string): boolean {
  return candidate === root || candidate.startsWith(root + path.sep);
}
