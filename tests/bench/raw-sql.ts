/**
 * The raw-SQL reference (issue #7): the statements one request of a page sent, read from the
 * app's query log (TRIVSEL_QUERY_LOG, lib/db/client.ts), replayed with their parameters through
 * node-postgres against the same database, one after another, in a transaction that is rolled
 * back. What a hand-written page would have to ask PostgreSQL, without Prisma, React or Next.js.
 */
import { readFile, stat } from "node:fs/promises";
import pg from "pg";
import { percentile } from "./report";

export type Statement = { sql: string; params: unknown[] };

const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/i;

/** The log's lines from byte `from` on: one request's statements, transaction control left out. */
export function parseQueryLog(text: string): Statement[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as { sql: string; params: string })
    .filter((entry) => !TRANSACTION_CONTROL.test(entry.sql))
    .map((entry) => ({ sql: entry.sql, params: JSON.parse(entry.params || "[]") as unknown[] }));
}

/**
 * The statements one request sent more than twice, with how often, most often first: where an
 * N+1 would show (the same query per item of a list), for a reader to look at, not a verdict.
 */
export function repeatedStatements(
  statements: readonly Statement[],
): { sql: string; times: number }[] {
  const counts = new Map<string, number>();
  for (const { sql } of statements) counts.set(sql, (counts.get(sql) ?? 0) + 1);
  return [...counts]
    .filter(([, times]) => times > 2)
    .map(([sql, times]) => ({ sql, times }))
    .sort((a, b) => b.times - a.times);
}

/** Reads what the log gained since `offset`; returns it and the new offset. */
export async function readLogSince(
  file: string,
  offset: number,
): Promise<{ statements: Statement[]; offset: number }> {
  const size = (await stat(file).catch(() => ({ size: 0 }))).size;
  if (size <= offset) return { statements: [], offset };
  const text = (await readFile(file)).subarray(offset, size).toString("utf8");
  return { statements: parseQueryLog(text), offset: size };
}

/**
 * Replays `statements` `iterations` times; each whole replay's time, with their p50 and p97.5,
 * in ms. An insert
 * the captured request already made (same generated id) fails on its unique index after doing
 * the same work; it runs under a savepoint so the replay goes on, and is counted as done.
 */
export async function replay(
  databaseUrl: string,
  statements: readonly Statement[],
  iterations: number,
): Promise<{ p50: number; p975: number; times: number[] }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const times: number[] = [];
  try {
    for (let run = 0; run < iterations + 3; run++) {
      await client.query("BEGIN");
      const started = performance.now();
      for (const statement of statements) {
        const write = /^\s*(INSERT|UPDATE|DELETE)\b/i.test(statement.sql);
        if (write) await client.query("SAVEPOINT replay");
        try {
          await client.query(statement.sql, statement.params);
        } catch (error) {
          if (!write) throw error;
          await client.query("ROLLBACK TO SAVEPOINT replay");
        }
      }
      const elapsed = performance.now() - started;
      await client.query("ROLLBACK");
      if (run >= 3) times.push(elapsed); // the first runs warm the caches
    }
  } finally {
    await client.end();
  }
  return { p50: percentile(times, 50), p975: percentile(times, 97.5), times };
}
