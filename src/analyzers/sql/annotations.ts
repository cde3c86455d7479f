/**
 * SQL annotations (contract, "Inline annotations"):
 * - `religion TEXT, -- @label religion` on a column line of CREATE TABLE;
 * - `COMMENT ON COLUMN dating.profiles.religion IS '@label religion';`
 * - `-- @purpose ads` on a line of its own: every persistent table or view the file writes.
 */
import type { Diagnostic } from "../../diagnostics.js";
import { at, nodeKey, type LineageGraph, type Position } from "../../graph/lineage-graph.js";
import type { SchemaCatalog } from "./catalog.js";
import { splitDottedName, type Names } from "./names.js";
import type { ParsedFile } from "./parse.js";

const LABEL = /@label\s+([A-Za-z0-9_.:-]+(?:\s*,\s*[A-Za-z0-9_.:-]+)*)/g;
const PURPOSE = /^(?:--|#|\/\*)\s*@purpose\s+([A-Za-z0-9_.:-]+(?:\s*,\s*[A-Za-z0-9_.:-]+)*)/;

/** Labels named by `@label` in a comment or string. */
export function labelsIn(text: string): string[] {
  const labels: string[] = [];
  for (const match of text.matchAll(LABEL)) labels.push(...match[1]!.split(/\s*,\s*/));
  return labels;
}

/** A column defined in the file: where its name stands. */
export interface ColumnSite {
  table: string;
  column: string;
  line: number;
  offset: number;
}

/** Attaches the file's `@label` comments to the column defined on the same line. */
export function attachLabelComments(file: ParsedFile, path: string, columns: ColumnSite[], graph: LineageGraph, catalog: SchemaCatalog): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const comment of file.comments) {
    const labels = labelsIn(file.text.slice(comment.start, comment.end));
    if (labels.length === 0) continue;
    const { line, column } = file.lines.position(comment.start);
    const site = columns
      .filter((c) => c.line === line && c.offset < comment.start)
      .reduce<ColumnSite | undefined>((last, c) => (last === undefined || c.offset > last.offset ? c : last), undefined);
    if (!site) {
      diagnostics.push({
        file: path,
        line,
        column,
        severity: "warning",
        message: `@label ${labels.join(", ")} is not on a column line of a CREATE TABLE, so it labels nothing; put it after the column definition or use COMMENT ON COLUMN`,
      });
      continue;
    }
    labelColumn(graph, catalog, site.table, site.column, labels, { file: path, ...file.lines.position(site.offset) });
  }
  return diagnostics;
}

/** `COMMENT ON COLUMN [schema.]table.column IS '…'`: the column and the labels its text names. */
export function commentOnColumn(statement: string, names: Names): { table: string; column: string; labels: string[] } | undefined {
  const match = /^COMMENT\s+ON\s+COLUMN\s+([\s\S]+?)\s+IS\s+'((?:[^']|'')*)'\s*$/i.exec(statement);
  if (!match) return undefined;
  const parts = splitDottedName(match[1]!);
  if (!parts || parts.length < 2) return undefined;
  const table = names.tableFromParts(parts.slice(0, -1));
  if (table === undefined) return undefined;
  return { table, column: parts.at(-1)!, labels: labelsIn(match[2]!.replace(/''/g, "'")) };
}

export function labelColumn(graph: LineageGraph, catalog: SchemaCatalog, table: string, column: string, labels: string[], where: Position): void {
  const position = catalog.has(table) ? catalog.position(table, column) : where;
  graph.addColumn(table, column, position ? at(position) : {});
  for (const label of labels) graph.addSource(nodeKey.column(table, column), { label, kind: "annotation", asset: `${table}.${column}` });
}

/** `-- @purpose ads` comments standing on a line of their own. */
export function purposeComments(file: ParsedFile): { purposes: string[]; line: number; column: number }[] {
  const found: { purposes: string[]; line: number; column: number }[] = [];
  for (const comment of file.comments) {
    const match = PURPOSE.exec(file.text.slice(comment.start, comment.end));
    if (!match) continue;
    const { line, column } = file.lines.position(comment.start);
    if (file.text.slice(file.lines.lineStart(line), comment.start).trim() !== "") continue;
    found.push({ purposes: match[1]!.split(/\s*,\s*/), line, column });
  }
  return found;
}

/** Marks every persistent table the file writes as a sink of its `@purpose`s. */
export function attachPurposes(file: ParsedFile, path: string, written: Iterable<string>, graph: LineageGraph, catalog: SchemaCatalog): Diagnostic[] {
  const comments = purposeComments(file);
  if (comments.length === 0) return [];
  const tables = [...new Set(written)].filter((table) => !catalog.isTemporary(table)).sort();
  if (tables.length === 0) {
    return comments.map(({ purposes, line, column }) => ({
      file: path,
      line,
      column,
      severity: "warning" as const,
      message: `@purpose ${purposes.join(", ")} applies to the tables this file writes, but it writes no persistent table or view`,
    }));
  }
  for (const { purposes } of comments) {
    for (const table of tables) {
      graph.addTable(table);
      for (const purpose of purposes) graph.addSink(nodeKey.table(table), { purpose, kind: "table", asset: table, site: "", rule: "@purpose" });
    }
  }
  return [];
}
