import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { ConfigError } from "./config-error.js";

/** A JSONC document: its value and the syntax tree that knows where each value stands. */
export interface JsoncDocument {
  value: unknown;
  tree: Node;
  /** 1-based line and column (UTF-16 code units) of a character offset. */
  position(offset: number): { line: number; column: number };
  /** The position of the value at a JSON path, when it exists. */
  positionOf(path: readonly (string | number)[]): { line: number; column: number } | undefined;
}

const SYNTAX_PROBLEMS: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a key in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: 'expected ":" after the key',
  CommaExpected: 'expected "," between entries',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the array',
  EndOfFileExpected: "expected the end of the file after the top-level object",
  InvalidCommentToken: "invalid comment",
  UnexpectedEndOfComment: 'unterminated block comment: expected "*/"',
  UnexpectedEndOfString: "unterminated string: expected a closing double quote",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "invalid \\u escape: expected four hex digits",
  InvalidEscapeCharacter: "invalid escape sequence in a string",
  InvalidCharacter: "invalid character in a string (control characters must be escaped)",
};

/**
 * Parses JSON with comments and trailing commas (as tsconfig.json), a leading BOM ignored.
 * Syntax errors and duplicate keys are ConfigErrors with the position of the first problem.
 */
export function parseJsonc(text: string, displayPath: string): JsoncDocument {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lineStarts = computeLineStarts(source);
  const position = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };

  if (source.trim() === "") {
    throw new ConfigError({
      file: displayPath,
      keyPath: "",
      problem: 'the file is empty; expected a JSON object (run "lineage init" for a starter config)',
      expected: "a JSON object",
    });
  }

  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  const first = errors[0];
  if (first !== undefined || tree === undefined) {
    const code = first ? printParseErrorCode(first.error) : "ValueExpected";
    const problem = SYNTAX_PROBLEMS[code] ?? `invalid JSON (${code})`;
    const at = position(first?.offset ?? 0);
    throw new ConfigError({
      file: displayPath,
      keyPath: "",
      problem,
      expected: problem.startsWith("expected ") ? problem.slice("expected ".length) : "valid JSON",
      ...at,
      showPosition: true,
    });
  }

  rejectDuplicateKeys(tree, displayPath, position);

  return {
    value: getNodeValue(tree) as unknown,
    tree,
    position,
    positionOf: (path) => {
      const node = findNodeAtLocation(tree, [...path]);
      return node ? position(node.offset) : undefined;
    },
  };
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    } else if (ch === 0x0a) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** JSON parsers keep the last of two equal keys silently; in a config that hides a mistake. */
function rejectDuplicateKeys(
  node: Node,
  displayPath: string,
  position: (offset: number) => { line: number; column: number },
  path: (string | number)[] = [],
): void {
  if (node.type === "object") {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (keyNode === undefined) continue;
      const key = String(keyNode.value);
      if (seen.has(key)) {
        throw new ConfigError({
          file: displayPath,
          keyPath: formatKeyPath(path),
          problem: `duplicate key "${key}"; expected each key once`,
          expected: "each key once",
          ...position(keyNode.offset),
        });
      }
      seen.add(key);
      if (valueNode) rejectDuplicateKeys(valueNode, displayPath, position, [...path, key]);
    }
  } else if (node.type === "array") {
    (node.children ?? []).forEach((child, index) => rejectDuplicateKeys(child, displayPath, position, [...path, index]));
  }
}

/** `["sources", 2, "label"]` → `sources[2].label`; keys that are not plain names are quoted. */
export function formatKeyPath(path: readonly (string | number)[]): string {
  let result = "";
  for (const segment of path) {
    if (typeof segment === "number") result += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) result += result === "" ? segment : `.${segment}`;
    else result += `[${JSON.stringify(segment)}]`;
  }
  return result;
}
