/**
 * A config file the tool cannot use. The message names the file, the key (dotted, `[i]` for array
 * positions) and what was expected, so the user can fix it without reading the schema:
 * `lineage.config.json: labels.religion.allowedPurposes: expected an array of strings`.
 */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  /** The config file as named in messages. */
  readonly file: string;
  /** Dotted key path (`sources[2].label`); empty for the file as a whole. */
  readonly keyPath: string;
  /** What a valid config has there, e.g. `an array of strings`. */
  readonly expected: string;
  /** 1-based position of the offending value in the file, when known. */
  readonly line?: number;
  readonly column?: number;

  constructor(init: {
    file: string;
    keyPath: string;
    /** The sentence after the key path; defaults to `expected <expected>`. */
    problem?: string;
    expected: string;
    line?: number;
    column?: number;
    /** Put `:line:column` after the file name (syntax errors, where there is no key path to name). */
    showPosition?: boolean;
  }) {
    const where =
      init.showPosition && init.line !== undefined ? `${init.file}:${init.line}:${init.column ?? 1}` : init.file;
    const problem = init.problem ?? `expected ${init.expected}`;
    super([where, init.keyPath, problem].filter((part) => part !== "").join(": "));
    this.file = init.file;
    this.keyPath = init.keyPath;
    this.expected = init.expected;
    this.line = init.line;
    this.column = init.column;
  }
}
