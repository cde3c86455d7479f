#!/usr/bin/env python3
"""Compares our SQL column lineage with sqlglot's `sqlglot.lineage.lineage` on the spec's cases.

Not a product dependency and never run in CI. Needs Debian's python3-sqlglot
(`apt-get install -y python3-sqlglot`) and a build (`npm run build`):

    /usr/bin/python3 scripts/sqlglot-compare.py            # runs scripts/sql-lineage-dump.mjs itself
    /usr/bin/python3 scripts/sqlglot-compare.py ours.json  # or reads its output

For every INSERT … SELECT, CREATE TABLE … AS and CREATE VIEW of a case, sqlglot's lineage is asked
for each output column (with the case's schema), and its leaves are turned into the spec's edge
format (`schema.table.column -> schema.table.column`). Statements its `lineage` cannot take
(UPDATE, MERGE, DELETE, procedures, dbt models) give it no edges. Prints recall and precision per
category and per dialect, sqlglot's and ours, against the spec's expected edges.
"""
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import sqlglot
from sqlglot import exp
from sqlglot.lineage import lineage

DIALECTS = {"postgresql": "postgres", "transactsql": "tsql", "hive": "hive", "mysql": "mysql",
            "bigquery": "bigquery", "snowflake": "snowflake", "redshift": "redshift"}


def ident(node, default=None):
    if node is None:
        return default
    if isinstance(node, exp.Identifier):
        return node.name if node.args.get("quoted") else node.name.lower()
    if isinstance(node, str):
        return node.lower()
    return ident(node.this, default) if hasattr(node, "this") else default


def table_key(table, default_schema):
    parts = [p for p in table.name.split(".")] if table.args.get("this") is not None and "." in table.name else None
    name = ident(table.args.get("this"))
    schema = ident(table.args.get("db"), default_schema)
    if parts and len(parts) > 1:
        schema, name = parts[-2].lower(), parts[-1].lower()
    return f"{schema}.{name}"


def parse_all(sql, dialect):
    try:
        return [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except Exception:
        statements = []
        for part in sql.split(";"):
            if part.strip():
                try:
                    statements.extend(s for s in sqlglot.parse(part, read=dialect) if s is not None)
                except Exception:
                    pass
        return statements


def build_schema(case, dialect):
    """{db: {table: {column: type}}} from the case's CREATE TABLE statements."""
    schema = defaultdict(dict)
    for text in (case["schema"], case["sql"]):
        for stmt in parse_all(text, dialect):
            if not isinstance(stmt, exp.Create) or stmt.expression is not None:
                continue
            target = stmt.this
            if not isinstance(target, exp.Schema):
                continue
            table = target.this
            db, name = table_key(table, case["defaultSchema"]).split(".", 1)
            columns = {}
            for column in target.expressions:
                if isinstance(column, exp.ColumnDef):
                    columns[ident(column.this)] = "VARCHAR"
            if columns:
                schema[db][name] = columns
    return {db: tables for db, tables in schema.items()}


def outputs(query):
    while isinstance(query, exp.Union):
        query = query.this
    return query.selects if isinstance(query, exp.Select) else []


def sqlglot_edges(case):
    dialect = DIALECTS.get(case["dialect"], case["dialect"])
    schema = build_schema(case, dialect)
    edges = set()
    for stmt in parse_all(case["sql"], dialect):
        target, query, columns = None, None, None
        if isinstance(stmt, exp.Insert):
            target, query = stmt.this, stmt.expression
        elif isinstance(stmt, exp.Create) and stmt.expression is not None:
            target, query = stmt.this, stmt.expression
        if target is None or not isinstance(query, (exp.Select, exp.Union)):
            continue
        if isinstance(target, exp.Schema):
            columns = [ident(c) for c in target.expressions]
            target = target.this
        tkey = table_key(target, case["defaultSchema"])
        if not columns:
            db, name = tkey.split(".", 1)
            known = schema.get(db, {}).get(name)
            columns = list(known) if known and isinstance(stmt, exp.Insert) else None
        for i, select in enumerate(outputs(query)):
            name = select.alias_or_name
            if not name or name == "*":
                continue
            tcol = columns[i] if columns and i < len(columns) else name.lower()
            try:
                root = lineage(name, query.copy(), schema=schema or None, dialect=dialect)
            except Exception:
                continue
            for node in root.walk():
                tables = {d.name: d.expression for d in node.downstream if isinstance(d.expression, exp.Table)}
                if not tables or isinstance(node.expression, exp.Table):
                    continue
                for column in node.expression.find_all(exp.Column):
                    table = tables.get(column.table)
                    if table is not None:
                        edges.add(f"{table_key(table, case['defaultSchema'])}.{ident(column.this)} -> {tkey}.{tcol}")
    return edges


def score(rows):
    tp = sum(r[0] for r in rows)
    expected = sum(r[1] for r in rows)
    found = sum(r[2] for r in rows)
    recall = tp / expected if expected else 1.0
    precision = tp / found if found else (1.0 if expected == 0 else 0.0)
    return recall, precision


def main():
    if len(sys.argv) > 1:
        cases = json.loads(Path(sys.argv[1]).read_text())
    else:
        root = Path(__file__).resolve().parent.parent
        out = subprocess.run(["node", str(root / "scripts/sql-lineage-dump.mjs")], capture_output=True, text=True, check=True, cwd=root)
        cases = json.loads(out.stdout)
    groups = defaultdict(lambda: {"ours": [], "sqlglot": [], "n": 0})
    failures = []
    for case in cases:
        expected = set(case["expected"])
        ours = set(case["ours"])
        theirs = set() if case["dbt"] else sqlglot_edges(case)
        for key in (f"category {case['category']}", f"dialect {case['dialect']}", "all" if not case["dbt"] else "dbt (sqlglot reads no Jinja)"):
            group = groups[key]
            group["n"] += 1
            group["ours"].append((len(expected & ours), len(expected), len(ours)))
            group["sqlglot"].append((len(expected & theirs), len(expected), len(theirs)))
        if ours != expected:
            failures.append((case["id"], sorted(expected - ours), sorted(ours - expected)))
    print(f"sqlglot {sqlglot.__version__}; {len(cases)} cases; recall / precision against the spec's expected data edges\n")
    print(f"{'group':42} {'cases':>5}  {'ours R':>7} {'ours P':>7}  {'sqlglot R':>9} {'sqlglot P':>9}")
    for key in sorted(groups, key=lambda k: (not k.startswith("all"), k)):
        g = groups[key]
        r1, p1 = score(g["ours"])
        r2, p2 = score(g["sqlglot"])
        print(f"{key:42} {g['n']:>5}  {r1:>7.1%} {p1:>7.1%}  {r2:>9.1%} {p2:>9.1%}")
    if failures:
        print("\nCases where ours differs from the spec:")
        for case_id, missing, extra in failures:
            print(f"  {case_id}: missing {missing} extra {extra}")


if __name__ == "__main__":
    main()
