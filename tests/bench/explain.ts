/**
 * The plans behind a page's time (docs/performance.md): every statement one request of a page
 * sent, as the benchmark kept it (tests/.tmp/bench/statements/<page>.json) or as
 * `npm run bench:profile` did (a path to its statements.json), run again under
 * `EXPLAIN (ANALYZE, BUFFERS)` against the database it was measured on, in a transaction that
 * is rolled back. Prints each statement's time and rows beside its first line, slowest first,
 * and the whole plans with --plans.
 *
 *   npm run bench:explain -- municipality-dashboard --scale 1      (the generated municipality)
 *   npm run bench:explain -- municipality-dashboard --database-url postgresql://…
 *   npm run bench:explain -- tests/.tmp/profile/statements.json --database-url postgresql://… --plans
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { ensureGeneratedDatabase } from "@/prisma/generator/database";
import { cliOption, municipalityAtScale } from "./data";
import type { Statement } from "./raw-sql";

const args = process.argv.slice(2);
const page = args.find((arg, index) => !arg.startsWith("--") && !args[index - 1]?.startsWith("--"));
const givenUrl = cliOption("--database-url") ?? process.env.BENCH_DATABASE_URL;
const scale = Number(cliOption("--scale") ?? 1);
const showPlans = args.includes("--plans");

type Explained = { first: string; ms: number; rows: number; plan: string };

/** The statement's first meaningful line, shortened: enough to find it in the JSON. */
function firstLine(sql: string): string {
  const line = sql
    .split("\n")
    .map((text) => text.trim())
    .find((text) => text !== "" && !text.startsWith("--"));
  return (line ?? "").slice(0, 110);
}

async function explain(client: pg.Client, statement: Statement): Promise<Explained> {
  await client.query("BEGIN");
  try {
    // Warm once, then the plan of a second run: the benchmark's pages run warm.
    await client.query(statement.sql, statement.params);
    const result = await client.query<{ "QUERY PLAN": string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`,
      statement.params,
    );
    const plan = result.rows.map((row) => row["QUERY PLAN"]).join("\n");
    const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
    const rows = Number(/actual time=[\d.]+\.\.[\d.]+ rows=(\d+)/.exec(plan)?.[1] ?? NaN);
    return { first: firstLine(statement.sql), ms, rows, plan };
  } finally {
    await client.query("ROLLBACK");
  }
}

async function main(): Promise<void> {
  if (!page) {
    console.error(
      "usage: npm run bench:explain -- <page | statements.json> [--scale 1 | --database-url <url>] [--plans]",
    );
    process.exit(2);
  }
  const file = page.endsWith(".json")
    ? page
    : path.join("tests/.tmp/bench/statements", `${page}.json`);
  const statements = JSON.parse(await readFile(file, "utf8")) as Statement[];
  // Without a URL: the generated municipality at --scale, on the embedded PostgreSQL.
  const generated = givenUrl
    ? undefined
    : await ensureGeneratedDatabase(municipalityAtScale(scale));
  const client = new pg.Client({ connectionString: givenUrl ?? generated!.url });
  await client.connect();
  const explained: Explained[] = [];
  try {
    for (const statement of statements) {
      // A write the captured request made may fail on its unique id: its plan is not the point.
      if (/^\s*(INSERT|UPDATE|DELETE)\b/i.test(statement.sql)) continue;
      // The summaries' upkeep (ensureAbsenceStanding) is committed, as the app commits it: rolled
      // back, the reads after it would find no standing and explain an empty plan.
      if (/"trivsel_\w+_ensure"\(/.test(statement.sql))
        await client.query(statement.sql, statement.params);
      explained.push(await explain(client, statement));
    }
  } finally {
    await client.end();
    await generated?.stop();
  }
  const total = explained.reduce((sum, entry) => sum + entry.ms, 0);
  console.log(`${page}: ${explained.length} reads, ${total.toFixed(1)} ms executing in all\n`);
  for (const entry of [...explained].sort((a, b) => b.ms - a.ms)) {
    console.log(
      `${entry.ms.toFixed(2).padStart(9)} ms ${String(entry.rows).padStart(7)} rows  ${entry.first}`,
    );
    if (showPlans) console.log(`\n${entry.plan}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
