import { describe, expect, it } from "vitest";
import { parseQueryLog, repeatedStatements } from "./raw-sql";

const line = (sql: string, params: unknown[] = []) =>
  JSON.stringify({ sql, params: JSON.stringify(params), ms: 1 });

describe("parseQueryLog", () => {
  it("reads one statement a line with its parameters, transaction control left out", () => {
    const text = [
      line("BEGIN"),
      line('SELECT "id" FROM "Pupil" WHERE "id" = $1', ["0199a"]),
      line('INSERT INTO "AuditLog" ("at") VALUES ($1)', ["2026-11-22T10:00:00.000Z"]),
      line("COMMIT"),
      "",
    ].join("\n");
    expect(parseQueryLog(text)).toEqual([
      { sql: 'SELECT "id" FROM "Pupil" WHERE "id" = $1', params: ["0199a"] },
      { sql: 'INSERT INTO "AuditLog" ("at") VALUES ($1)', params: ["2026-11-22T10:00:00.000Z"] },
    ]);
  });
});

describe("repeatedStatements", () => {
  it("names a statement sent more than twice in one request", () => {
    const per = (id: string) => ({ sql: "SELECT 1 WHERE $1", params: [id] });
    const once = { sql: "SELECT 2", params: [] };
    expect(repeatedStatements([per("a"), once, per("b"), per("c")])).toEqual([
      { sql: "SELECT 1 WHERE $1", times: 3 },
    ]);
    expect(repeatedStatements([per("a"), per("b"), once])).toEqual([]);
  });
});
