/** One extractor per statement kind; each turns its AST into lineage through the statement context. */
import type { StatementContext } from "./context.js";
import { analyzeCreateTable, isCreateTable } from "./create-table.js";
import { analyzeCreateView, isCreateView } from "./create-view.js";
import { analyzeInsert, isInsert } from "./insert.js";
import type { Ast } from "./parse.js";
import { analyzeSelect, isSelect } from "./select.js";
import { analyzeUpdate, isUpdate } from "./update.js";
import { analyzeDelete, isDelete } from "./delete.js";
import { analyzeMerge, isMerge } from "./merge.js";
import { analyzeRename, isRename } from "./rename.js";

interface Extractor {
  matches(ast: Ast): boolean;
  analyze(ast: Ast, ctx: StatementContext): void;
}

const EXTRACTORS: Extractor[] = [
  { matches: isInsert, analyze: analyzeInsert },
  { matches: isUpdate, analyze: analyzeUpdate },
  { matches: isCreateTable, analyze: analyzeCreateTable },
  { matches: isCreateView, analyze: analyzeCreateView },
  { matches: isSelect, analyze: analyzeSelect },
  { matches: isMerge, analyze: analyzeMerge },
  { matches: isDelete, analyze: analyzeDelete },
  { matches: isRename, analyze: analyzeRename },
];

/** Analyses one parsed statement; false when no extractor handles its kind. */
export function analyzeStatement(ast: Ast, ctx: StatementContext): boolean {
  const extractor = EXTRACTORS.find((e) => e.matches(ast));
  extractor?.analyze(ast, ctx);
  return extractor !== undefined;
}
