import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { ts } from "ts-morph";
import type { Diagnostic } from "../../diagnostics.js";
import { mayHoldAnnotations } from "./annotations.js";
import { withSymbolCache } from "./cached-checker.js";

/**
 * Builds one `ts.Program` for the scanned files. The compiler host contains parser failures per
 * file: TypeScript's own parser overflows the stack on generated files nested thousands of levels
 * deep, and one such file must not take the scan down, so it becomes a diagnostic and an empty
 * source file.
 */
export interface LoadedProgram {
  program: ts.Program;
  checker: ts.TypeChecker;
  /** The scanned files that made it into the program. */
  sourceFiles: ts.SourceFile[];
  diagnostics: Diagnostic[];
}

export interface ProgramInput {
  root: string;
  files: string[];
  /** Absolute path of the tsconfig to read, if any. */
  tsconfig?: string;
  allowJs?: boolean;
}

export function loadProgram(input: ProgramInput): LoadedProgram {
  const diagnostics: Diagnostic[] = [];
  const relative = (file: string) => path.relative(input.root, file).split(path.sep).join("/");
  const options = readCompilerOptions(input, diagnostics, relative);
  const host = ts.createCompilerHost(options, true);
  // ts-morph's bundled compiler keeps its lib files in memory only: point the host at the lib
  // folder of the `typescript` package, or `Array`, `Promise`, `Map`… would have no types.
  const libDir = standardLibFolder();
  if (libDir) {
    host.getDefaultLibLocation = () => libDir;
    host.getDefaultLibFileName = (opts) => path.join(libDir, ts.getDefaultLibFileName(opts));
  }
  const originalGetSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    try {
      if (libDir && path.dirname(fileName) === libDir) {
        // Lib files never change: parse each once per process, whatever the number of scans.
        const key = `${fileName}\u0000${JSON.stringify(languageVersion)}`;
        let cached = libCache.get(key);
        if (!cached) {
          cached = originalGetSourceFile(fileName, languageVersion, onError, shouldCreate);
          if (cached) libCache.set(key, cached);
        }
        return cached;
      }
      // JSDoc is parsed only where an annotation may be (as tsc itself skips JSDoc in TypeScript
      // files): the JSDoc nodes of a large codebase cost memory and parse time, and tell us nothing.
      const text = host.readFile(fileName);
      if (text === undefined) return originalGetSourceFile(fileName, languageVersion, onError, shouldCreate);
      const options = typeof languageVersion === "object" ? languageVersion : { languageVersion };
      const jsDocParsingMode = mayHoldAnnotations(text) ? ts.JSDocParsingMode.ParseAll : ts.JSDocParsingMode.ParseForTypeErrors;
      return ts.createSourceFile(fileName, text, { ...options, jsDocParsingMode }, true);
    } catch (error) {
      diagnostics.push({
        file: relative(fileName),
        line: 1,
        severity: "error",
        message: `could not parse: ${describeFailure(error)}`,
      });
      return ts.createSourceFile(fileName, "", languageVersion);
    }
  };
  const program = ts.createProgram({ rootNames: input.files, options, host });
  const wanted = new Set(input.files.map((f) => path.resolve(f)));
  const sourceFiles = program.getSourceFiles().filter((sf) => wanted.has(path.resolve(sf.fileName)));
  for (const sf of sourceFiles) {
    for (const d of program.getSyntacticDiagnostics(sf).slice(0, 3)) {
      const { line, character } = sf.getLineAndCharacterOfPosition(d.start ?? 0);
      diagnostics.push({
        file: relative(sf.fileName),
        line: line + 1,
        column: character + 1,
        severity: "error",
        message: `syntax error: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`,
      });
    }
  }
  return { program, checker: withSymbolCache(program.getTypeChecker()), sourceFiles, diagnostics };
}

const libCache = new Map<string, ts.SourceFile>();
let libFolder: string | null | undefined;

/** The folder holding `lib.*.d.ts` of the `typescript` package, when it can be found. */
function standardLibFolder(): string | undefined {
  if (libFolder !== undefined) return libFolder ?? undefined;
  libFolder = null;
  try {
    const dir = path.join(path.dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "lib");
    if (fs.existsSync(path.join(dir, "lib.es2022.full.d.ts"))) libFolder = dir;
  } catch {
    // No `typescript` package next to ts-morph: keep the compiler's own default.
  }
  const own = path.dirname(ts.getDefaultLibFilePath({}));
  if (!libFolder && fs.existsSync(path.join(own, "lib.d.ts"))) libFolder = own;
  return libFolder ?? undefined;
}

function readCompilerOptions(
  input: ProgramInput,
  diagnostics: Diagnostic[],
  relative: (file: string) => string,
): ts.CompilerOptions {
  const defaults: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    jsx: ts.JsxEmit.Preserve,
    strict: true,
  };
  let options = defaults;
  if (input.tsconfig) {
    const read = ts.readConfigFile(input.tsconfig, ts.sys.readFile);
    if (read.error) {
      diagnostics.push(toDiagnostic(read.error, relative(input.tsconfig)));
    } else {
      const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(input.tsconfig), undefined, input.tsconfig);
      // "No inputs were found" (18003) is irrelevant: the scanned files come from the paths.
      const errors = parsed.errors.filter((e) => e.code !== 18003);
      for (const error of errors) diagnostics.push(toDiagnostic(error, relative(error.file?.fileName ?? input.tsconfig)));
      if (!errors.some((e) => e.category === ts.DiagnosticCategory.Error && e.code === 6053)) options = parsed.options;
    }
  }
  return {
    ...options,
    allowJs: input.allowJs ?? options.allowJs,
    noEmit: true,
    skipLibCheck: true,
    // Types of dependencies help resolve receivers, but missing ones must not cost a crash.
    types: options.types,
  };
}

function toDiagnostic(d: ts.Diagnostic, file: string): Diagnostic {
  const position = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
  return {
    file,
    line: position ? position.line + 1 : 1,
    ...(position ? { column: position.character + 1 } : {}),
    severity: "error",
    message: `tsconfig: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`,
  };
}

export function describeFailure(error: unknown): string {
  if (error instanceof RangeError) return "nested too deeply to analyse (stack overflow)";
  return error instanceof Error ? error.message.split("\n")[0] : String(error);
}
