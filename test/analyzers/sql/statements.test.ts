import { describe, expect, it } from "vitest";
import { LineIndex, splitStatements } from "../../../src/analyzers/sql/statements.js";

function split(text: string, dialect = "postgresql") {
  const lines = new LineIndex(text);
  return splitStatements(text, dialect).map((s) => ({ text: s.text, ...lines.position(s.start) }));
}

describe("splitting a script into statements", () => {
  it("splits at semicolons, not inside strings, quoted identifiers or comments", () => {
    expect(
      split(`SELECT 'a;b', "c;d" FROM t; -- x; y
/* block; comment */ SELECT 'it''s;' ;
SELECT 2`),
    ).toEqual([
      { text: `SELECT 'a;b', "c;d" FROM t`, line: 1, column: 1 },
      { text: "SELECT 'it''s;'", line: 2, column: 22 },
      { text: "SELECT 2", line: 3, column: 1 },
    ]);
  });

  it("keeps PostgreSQL dollar-quoted bodies whole", () => {
    const parts = split("CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; SELECT 2; $body$ LANGUAGE sql;\nDO $$ BEGIN PERFORM 1; END $$;");
    expect(parts.map((p) => p.line)).toEqual([1, 2]);
    expect(parts[0]!.text).toContain("SELECT 2; $body$ LANGUAGE sql");
  });

  it("drops empty and comment-only statements, and positions each statement at its first token", () => {
    expect(split(";;\n  -- only a comment\n;\n\n   INSERT INTO t VALUES (1)\n;\n/* trailing */")).toEqual([{ text: "INSERT INTO t VALUES (1)", line: 5, column: 4 }]);
  });

  it("follows the dialect's quoting: backslash escapes and # comments in MySQL, brackets in T-SQL", () => {
    expect(split("SELECT 'a\\';b'; # c;d\nSELECT 1", "mysql").map((p) => p.text)).toEqual(["SELECT 'a\\';b'", "SELECT 1"]);
    expect(split("SELECT [a;b] FROM t; SELECT 1", "transactsql").map((p) => p.text)).toEqual(["SELECT [a;b] FROM t", "SELECT 1"]);
  });

  it("counts columns in UTF-16 code units", () => {
    expect(split("SELECT '😀'; SELECT 1")).toEqual([
      { text: "SELECT '😀'", line: 1, column: 1 },
      { text: "SELECT 1", line: 1, column: 14 },
    ]);
  });
});
