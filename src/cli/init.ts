import fs from "node:fs";
import path from "node:path";
import { Command } from "commander";
import { starterConfig } from "../config/init.js";
import { UsageError } from "../scan/scan.js";
import { EXIT_OK } from "./exit-codes.js";
import type { Io } from "./io.js";

export function initCommand(io: Io, done: (code: number) => void): Command {
  return new Command("init").description("write a starter lineage.config.json in the current directory").action(() => {
    const file = path.join(io.cwd, "lineage.config.json");
    if (fs.existsSync(file)) throw new UsageError("lineage.config.json already exists; remove it or edit it");
    fs.writeFileSync(file, starterConfig());
    io.stderr("wrote lineage.config.json\n");
    done(EXIT_OK);
  });
}
