/**
 * `npm run db:generate`: a deterministic municipality of generated data for benchmarks (issue #7).
 *
 *   npm run db:generate -- [--schools 50] [--pupils 25000] [--scale 0.1] [--seed 1]
 *                          [--municipalities 1] [--absence-rate-multiplier 1] [--today YYYY-MM-DD]
 *                          [--database NAME] [--replace]
 *
 * Without DATABASE_URL: into trivsel_bench_s<schools>_p<pupils>_seed<seed> on the embedded
 * PostgreSQL (reused when already complete). With it: into that database while it has no schools,
 * or into `--database NAME` on its server. `--scale` multiplies the defaults (50 schools, 25,000
 * pupils). Prints the database URL, each table's rows and the time taken.
 */
import { parseArgs } from "node:util";
import { parseDay } from "@/lib/validation";
import { ensureGeneratedDatabase, generateIntoUrl, type GeneratedDatabase } from "./database";

const DEFAULT_SCHOOLS = 50;
const DEFAULT_PUPILS = 25_000;
const MIN_PUPILS_PER_SCHOOL = 10;

function number(name: string, value: string | undefined, fallback: number, integer = true): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0 || (integer && !Number.isInteger(parsed)))
    throw new Error(`--${name} takes a positive ${integer ? "whole " : ""}number, not "${value}"`);
  return parsed;
}

function parameters() {
  const { values } = parseArgs({
    options: {
      schools: { type: "string" },
      pupils: { type: "string" },
      scale: { type: "string" },
      seed: { type: "string" },
      municipalities: { type: "string" },
      "absence-rate-multiplier": { type: "string" },
      today: { type: "string" },
      database: { type: "string" },
      replace: { type: "boolean", default: false },
    },
  });
  const scale = number("scale", values.scale, 1, false);
  const schools = number(
    "schools",
    values.schools,
    Math.max(1, Math.round(DEFAULT_SCHOOLS * scale)),
  );
  const pupils = number("pupils", values.pupils, Math.round(DEFAULT_PUPILS * scale));
  if (pupils < schools * MIN_PUPILS_PER_SCHOOL)
    throw new Error(
      `${pupils} pupils are too few for ${schools} schools (at least ${MIN_PUPILS_PER_SCHOOL} per school).`,
    );
  const today = values.today === undefined ? undefined : parseDay(values.today);
  if (today === null) throw new Error(`--today takes a day as YYYY-MM-DD, not "${values.today}"`);
  return {
    schools,
    pupils,
    seed: number("seed", values.seed, 1),
    municipalities: number("municipalities", values.municipalities, 1),
    absenceRateMultiplier: number(
      "absence-rate-multiplier",
      values["absence-rate-multiplier"],
      1,
      false,
    ),
    today,
    database: values.database,
    replace: values.replace,
    log: (line: string) => console.log(line),
  };
}

function report(generated: GeneratedDatabase) {
  const rows = Object.entries(generated.counts).sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(...rows.map(([table]) => table.length));
  console.log(`\nRows per table${generated.reused ? " (as generated before)" : ""}:`);
  for (const [table, count] of rows)
    console.log(`  ${table.padEnd(width)}  ${count.toLocaleString("en-US").padStart(11)}`);
  const total = rows.reduce((sum, [, count]) => sum + count, 0);
  console.log(`  ${"total".padEnd(width)}  ${total.toLocaleString("en-US").padStart(11)}`);
  if (!generated.reused)
    console.log(`\nGenerated in ${generated.seconds} s, built around ${generated.today}.`);
  console.log(`\nDatabase: ${generated.database}\nDATABASE_URL=${generated.url}`);
}

async function main() {
  const options = parameters();
  const given = process.env.DATABASE_URL;
  if (given) {
    report(await generateIntoUrl(given, options));
    return;
  }
  const generated = await ensureGeneratedDatabase(options);
  try {
    report(generated);
    console.log(
      "(The embedded PostgreSQL is stopped again; ensureGeneratedDatabase() starts it for a benchmark.)",
    );
  } finally {
    await generated.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
