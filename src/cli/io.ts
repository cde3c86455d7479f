import fs from "node:fs";
import path from "node:path";

/** Where a command's output goes and how: the CLI's only side effects live here and in main.ts. */
export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal that takes colour (a TTY and no NO_COLOR). */
  color: boolean;
  env: NodeJS.ProcessEnv;
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color: Boolean(process.stdout.isTTY) && !("NO_COLOR" in process.env),
    env: process.env,
  };
}

/** Writes a document to `--output` (creating folders) or to stdout. */
export function emit(io: Io, document: string, output: string | undefined): void {
  const text = document.endsWith("\n") ? document : `${document}\n`;
  if (!output) {
    io.stdout(text);
    return;
  }
  const file = path.resolve(io.cwd, output);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}
