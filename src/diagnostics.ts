/** A problem found while scanning that does not stop the scan. */
export interface Diagnostic {
  /** Relative to the scan root, `/`-separated. */
  file: string;
  line: number;
  column?: number;
  severity: "error" | "warning" | "info";
  message: string;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    (a.column ?? 0) - (b.column ?? 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
