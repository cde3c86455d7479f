/**
 * PostgreSQL's own parser (libpg-query, WebAssembly) as a front end: its parse tree is rewritten
 * into the node-sql-parser shapes the extractors read, so the extractors do not know which parser
 * ran. It parses what node-sql-parser's grammars miss (MERGE, WITH … INSERT, NATURAL joins, LATERAL
 * functions, field selection) and keeps identifiers exactly as PostgreSQL resolves them.
 */
import { loadModule, parseSync } from "libpg-query";
import type { Ast, ParseResult } from "./parse.js";

let loaded = false;
try {
  await loadModule();
  loaded = true;
} catch {
  // Without the WebAssembly module, node-sql-parser's grammars are the only front end.
}

/** Whether the PostgreSQL parser is available. */
export function postgresParserLoaded(): boolean {
  return loaded;
}

/** Parses one statement with PostgreSQL's grammar; never throws. */
export function parsePostgres(text: string): ParseResult {
  if (!loaded) return { error: "the PostgreSQL parser could not be loaded" };
  let tree: Ast;
  try {
    tree = parseSync(text);
  } catch (error) {
    if (error instanceof RangeError) return { error: "statement is nested too deeply to analyse (maximum call stack size exceeded)", tooDeep: true };
    const e = error as { message?: unknown; sqlDetails?: { cursorPosition?: number } };
    const message = String(e.message ?? error);
    const offset = e.sqlDetails?.cursorPosition;
    return offset === undefined || offset < 0 ? { error: message } : { error: message, offset };
  }
  const asts: Ast[] = [];
  written = unquotedWords(text);
  try {
    for (const raw of tree.stmts ?? []) {
      const ast = statement(raw.stmt);
      if (ast) asts.push(ast);
    }
  } finally {
    written = new Map();
  }
  return { asts };
}

/** Unquoted words of the statement being translated, folded → as written (for result field names). */
let written = new Map<string, string>();

/**
 * An identifier as PostgreSQL resolved it (unquoted ones already folded): taken verbatim, but an
 * unquoted one keeps its spelling as written, which Names folds again and a driver may report.
 */
function ident(value: unknown): Ast {
  if (typeof value !== "string") return null;
  const spelled = written.get(value);
  return spelled !== undefined && spelled !== value ? { type: "default", value: spelled } : { type: "quoted_identifier", value };
}

function unquotedWords(text: string): Map<string, string> {
  const words = new Map<string, string>();
  const quotedOrWord = /"(?:[^"]|"")*"|'(?:[^']|'')*'|([A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*)/g;
  for (const match of text.matchAll(quotedOrWord)) {
    const word = match[1];
    if (word !== undefined && word !== word.toLowerCase() && !words.has(word.toLowerCase())) words.set(word.toLowerCase(), word);
  }
  return words;
}

function unwrap(node: Ast): [string, Ast] | undefined {
  if (!node || typeof node !== "object" || Array.isArray(node)) return undefined;
  const keys = Object.keys(node);
  return keys.length === 1 && /^[A-Z]/.test(keys[0]!) ? [keys[0]!, node[keys[0]!]] : undefined;
}

function list(nodes: Ast): Ast[] {
  return Array.isArray(nodes) ? nodes : [];
}

function names(nodes: Ast): string[] {
  return list(nodes).map((n) => n?.String?.sval ?? n?.ResTarget?.name ?? n?.IndexElem?.name).filter((n): n is string => typeof n === "string");
}

function statement(node: Ast): Ast {
  const [kind, n] = unwrap(node) ?? ["", undefined];
  switch (kind) {
    case "SelectStmt":
      return selectOrValues(n);
    case "InsertStmt":
      return insert(n);
    case "UpdateStmt":
      return {
        type: "update",
        with: ctes(n.withClause),
        table: [rangeVar(n.relation)],
        set: assignments(n.targetList),
        from: fromList(n.fromClause),
        where: expr(n.whereClause),
        returning: returning(n.returningClause?.exprs ?? n.returningList),
      };
    case "DeleteStmt":
      return { type: "delete", with: ctes(n.withClause), table: [rangeVar(n.relation)], from: fromList(n.usingClause), where: expr(n.whereClause) };
    case "MergeStmt":
      return merge(n);
    case "TruncateStmt":
      return { type: "truncate", name: list(n.relations).map((r) => rangeVar(r.RangeVar)) };
    case "RenameStmt":
      return n.renameType === "OBJECT_TABLE" || n.renameType === "OBJECT_VIEW" || n.renameType === "OBJECT_MATVIEW"
        ? { type: "alter", table: [rangeVar(n.relation)], expr: [{ action: "rename", resource: "table", table: ident(n.newname) }] }
        : undefined;
    case "CreateStmt":
      return {
        type: "create",
        keyword: "table",
        temporary: n.relation?.relpersistence === "t" ? "temporary" : null,
        table: [rangeVar(n.relation)],
        create_definitions: list(n.tableElts).flatMap((e) => (e?.ColumnDef ? [{ resource: "column", column: { column: ident(e.ColumnDef.colname) } }] : [])),
      };
    case "CreateTableAsStmt": {
      const into = n.into ?? {};
      const query = selectOrValues(n.query?.SelectStmt);
      const columns = names(into.colNames);
      if (n.objtype === "OBJECT_MATVIEW") return { type: "create", keyword: "view", view: viewRef(into.rel), select: query, columns: columns.map(ident) };
      return {
        type: "create",
        keyword: "table",
        temporary: into.rel?.relpersistence === "t" ? "temporary" : null,
        table: [rangeVar(into.rel)],
        query_expr: query,
        create_definitions: columns.map((c) => ({ resource: "column", column: { column: ident(c) } })),
      };
    }
    case "ViewStmt":
      return { type: "create", keyword: "view", view: viewRef(n.view), select: selectOrValues(n.query?.SelectStmt), columns: names(n.aliases).map(ident) };
    default:
      return undefined;
  }
}

function viewRef(rel: Ast): Ast {
  const ref = rangeVar(rel);
  return { db: ref.db, schema: ref.schema, view: ref.table };
}

function rangeVar(rel: Ast): Ast {
  if (!rel) return undefined;
  const ref: Ast = { db: ident(rel.schemaname), table: ident(rel.relname), as: ident(rel.alias?.aliasname) };
  if (rel.catalogname) Object.assign(ref, { db: ident(rel.catalogname), schema: ident(rel.schemaname) });
  if (rel.relpersistence === "t") ref.temporary = true;
  return ref;
}

function insert(n: Ast): Ast {
  const source = n.selectStmt?.SelectStmt;
  let values: Ast = source ? selectOrValues(source) : undefined;
  const shared = ctes(n.withClause);
  if (shared && values?.type === "select") values = { ...values, with: [...shared, ...(values.with ?? [])] };
  const ast: Ast = { type: "insert", table: [rangeVar(n.relation)], columns: names(n.cols).map(ident), values, returning: returning(n.returningClause?.exprs ?? n.returningList) };
  if (shared && values?.type !== "select") ast.with = shared;
  const conflict = n.onConflictClause;
  if (conflict?.action === "ONCONFLICT_UPDATE") ast.conflict = { set: assignments(conflict.targetList), where: expr(conflict.whereClause) };
  return ast;
}

function returning(targets: Ast): Ast {
  const columns = selectList(targets);
  return columns.length > 0 ? { columns } : undefined;
}

/** `SET a = x, (b, c) = (y, z)` as node-sql-parser's `set` list. */
function assignments(targets: Ast): Ast[] {
  return list(targets).flatMap((t) => {
    const r = t?.ResTarget;
    if (!r?.name) return [];
    const multi = r.val?.MultiAssignRef;
    const value = multi ? expr(list(multi.source?.RowExpr?.args)[multi.colno - 1] ?? multi.source) : expr(r.val);
    // `SET t.col = …` (MERGE in other dialects): PostgreSQL reads `col` as a field of `t`.
    const field = list(r.indirection).map((i) => i?.String?.sval).find((f) => typeof f === "string");
    return [{ column: ident(field ?? r.name), value }];
  });
}

function merge(n: Ast): Ast {
  const [sourceKind, source] = unwrap(n.sourceRelation) ?? ["", undefined];
  const using = sourceKind === "RangeVar" ? rangeVar(source) : fromItems(n.sourceRelation)[0];
  return {
    type: "merge",
    with: ctes(n.withClause),
    target: rangeVar(n.relation),
    using,
    on: expr(n.joinCondition),
    when: list(n.mergeWhenClauses).map((w) => {
      const c = w.MergeWhenClause;
      const action = c.commandType === "CMD_UPDATE" ? "update" : c.commandType === "CMD_INSERT" ? "insert" : c.commandType === "CMD_DELETE" ? "delete" : "nothing";
      const clause: Ast = { matched: c.matchKind === "MERGE_WHEN_MATCHED", bySource: c.matchKind === "MERGE_WHEN_NOT_MATCHED_BY_SOURCE", action, condition: expr(c.condition) };
      if (action === "update") clause.set = assignments(c.targetList);
      if (action === "insert") {
        clause.columns = names(c.targetList).map(ident);
        clause.values = list(c.values).map(expr);
      }
      return clause;
    }),
  };
}

function ctes(withClause: Ast): Ast[] | undefined {
  if (!withClause) return undefined;
  return list(withClause.ctes).map((c) => {
    const cte = c.CommonTableExpr;
    return {
      name: ident(cte.ctename),
      stmt: { ast: statement(cte.ctequery) },
      columns: names(cte.aliascolnames).map(ident),
      recursive: withClause.recursive === true,
    };
  });
}

function selectOrValues(n: Ast): Ast {
  if (!n) return undefined;
  if (Array.isArray(n.valuesLists) && n.valuesLists.length > 0) {
    return { type: "values", values: n.valuesLists.map((row: Ast) => ({ type: "expr_list", value: list(row?.List?.items).map(expr) })) };
  }
  return select(n);
}

function select(n: Ast): Ast {
  if (n.op && n.op !== "SETOP_NONE") {
    const left = select(n.larg);
    const right = select(n.rarg);
    let last = left;
    while (last._next) last = last._next;
    last._next = right;
    last.set_op = n.op.replace("SETOP_", "").toLowerCase();
    const shared = ctes(n.withClause);
    if (shared) left.with = [...shared, ...(left.with ?? [])];
    return left;
  }
  const windows = list(n.windowClause).map((w) => ({ name: w.WindowDef?.name, as_window_specification: { window_specification: expr(w.WindowDef) } }));
  const ast: Ast = {
    type: "select",
    with: ctes(n.withClause),
    distinct: n.distinctClause ? { type: "DISTINCT", on: list(n.distinctClause).map(expr) } : null,
    columns: selectList(n.targetList),
    from: fromList(n.fromClause),
    where: expr(n.whereClause),
    groupby: n.groupClause ? { columns: list(n.groupClause).map(expr) } : null,
    having: expr(n.havingClause),
    window: windows.length > 0 ? { expr: windows } : null,
  };
  if (n.intoClause?.rel) ast.into = { position: "column", expr: rangeVar(n.intoClause.rel) };
  return ast;
}

function selectList(targets: Ast): Ast[] {
  return list(targets).flatMap((t) => {
    const r = t?.ResTarget;
    return r ? [{ type: "expr", expr: expr(r.val), as: ident(r.name) }] : [];
  });
}

function fromList(items: Ast): Ast[] | null {
  const from = list(items).flatMap(fromItems);
  return from.length > 0 ? from : null;
}

/** A FROM item, with joins flattened into node-sql-parser's list form. */
function fromItems(node: Ast): Ast[] {
  const [kind, n] = unwrap(node) ?? ["", undefined];
  switch (kind) {
    case "RangeVar":
      return [rangeVar(n)];
    case "RangeSubselect": {
      const item: Ast = { expr: { ast: selectOrValues(n.subquery?.SelectStmt) }, as: ident(n.alias?.aliasname), columns: names(n.alias?.colnames).map(ident) };
      if (n.lateral) item.prefix = "LATERAL";
      return [item];
    }
    case "RangeFunction": {
      const calls = list(n.functions).flatMap((f) => list(f?.List?.items).slice(0, 1)).map(expr);
      return [{ type: "table_function", expr: calls, as: ident(n.alias?.aliasname), columns: names(n.alias?.colnames).map(ident) }];
    }
    case "JoinExpr": {
      const left = fromItems(n.larg);
      const right = fromItems(n.rarg);
      if (right.length === 0) return left;
      const first = {
        ...right[0],
        join: n.jointype === "JOIN_INNER" ? (n.quals || n.usingClause || n.isNatural ? "INNER JOIN" : "CROSS JOIN") : `${n.jointype.replace("JOIN_", "")} JOIN`,
        on: expr(n.quals),
        using: n.usingClause ? names(n.usingClause).map(ident) : undefined,
        natural: n.isNatural === true,
      };
      return [...left, first, ...right.slice(1)];
    }
    default:
      return [];
  }
}

/**
 * An expression: column references, subqueries, function calls and literals become the shapes the
 * lineage walk looks for; every other node keeps its children (the walk visits them all).
 */
function expr(node: Ast): Ast {
  if (node === null || node === undefined || typeof node !== "object") return node ?? null;
  if (Array.isArray(node)) return node.map(expr);
  const wrapped = unwrap(node);
  if (!wrapped) {
    const out: Ast = {};
    for (const [key, value] of Object.entries(node)) if (key !== "location") out[key] = expr(value);
    return out;
  }
  const [kind, n] = wrapped;
  switch (kind) {
    case "ColumnRef": {
      const fields: Ast[] = list(n.fields);
      const parts = fields.map((f) => (f?.A_Star ? "*" : f?.String?.sval));
      const column = parts.at(-1);
      const ref: Ast = { type: "column_ref", column: column === "*" ? "*" : { expr: ident(column) } };
      if (parts.length >= 2) ref.table = ident(parts.at(-2));
      if (parts.length >= 3) ref.schema = ident(parts.at(-3));
      if (parts.length >= 4) ref.db = ident(parts.at(-4));
      return ref;
    }
    case "A_Indirection":
      return { type: "field_access", expr: expr(n.arg), fields: list(n.indirection).map(expr) };
    case "SubLink": {
      const subquery = { ast: selectOrValues(n.subselect?.SelectStmt) };
      return n.testexpr ? { type: "binary_expr", operator: "IN", left: expr(n.testexpr), right: subquery } : subquery;
    }
    case "FuncCall": {
      const parts = names(n.funcname);
      const over = n.over ? (n.over.name ? { as_window_specification: n.over.name } : { window_specification: expr(n.over) }) : null;
      return {
        type: "function",
        name: { name: [{ type: "default", value: parts.at(-1) ?? "" }] },
        args: { type: "expr_list", value: [...list(n.args).map(expr), ...list(n.agg_order).map(expr)] },
        filter: expr(n.agg_filter),
        over,
      };
    }
    case "A_Const":
      if (n.ival !== undefined) return { type: "number", value: n.ival.ival ?? 0 };
      if (n.sval !== undefined) return { type: "single_quote_string", value: n.sval.sval ?? "" };
      return { type: "literal" };
    case "TypeCast":
      return { type: "cast", expr: expr(n.arg), target: [] };
    case "SelectStmt":
      return { ast: selectOrValues(n) };
    case "String":
      return { type: "string", value: n.sval };
    default: {
      const out: Ast = { type: `pg_${kind}` };
      for (const [key, value] of Object.entries(n ?? {})) if (key !== "location" && key !== "typeName") out[key] = expr(value);
      return out;
    }
  }
}
