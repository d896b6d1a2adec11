/**
 * Backup and restore with PostgreSQL's own tools, and the checks that prove a restored copy
 * (docs/decisions/0018, 0025): `pg_dump --format=custom` (one consistent snapshot, compressed),
 * `pg_restore --single-transaction` into an empty database (all or nothing), then on the copy
 * `prisma migrate status` clean, the same applied migrations, the same schema (as pg_dump prints
 * it: tables, triggers, functions, owners, grants) and per table the same row count and the same
 * md5 over every row's text.
 */
import { execFile } from "node:child_process";
import pg from "pg";
import { runPrisma } from "./local-database";
import type { PgTools } from "./pg-tools";

const MIGRATIONS_TABLE = "_prisma_migrations";

export type TableSummary = { table: string; rows: number; checksum: string };

export async function withClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// The URL's parameters libpq understands; Prisma's own (schema, connection_limit, …) would make
// pg_dump stop with "invalid URI query parameter".
const LIBPQ_PARAMETERS: Record<string, string> = {
  host: "PGHOST",
  sslmode: "PGSSLMODE",
  sslrootcert: "PGSSLROOTCERT",
  sslcert: "PGSSLCERT",
  sslkey: "PGSSLKEY",
  application_name: "PGAPPNAME",
  connect_timeout: "PGCONNECT_TIMEOUT",
  options: "PGOPTIONS",
};

/**
 * The connection of `url` as libpq's environment variables, so that the password never appears
 * on a command line (where `ps` shows it). Other PG* variables stay (PGPASSFILE, PGSSLROOTCERT);
 * a service (PGSERVICE) would override the URL, so it goes.
 */
export function libpqEnvironment(url: string): NodeJS.ProcessEnv {
  const parsed = new URL(url);
  const env = { ...process.env };
  delete env.PGSERVICE;
  if (parsed.hostname) env.PGHOST = parsed.hostname.replace(/^\[(.*)\]$/, "$1");
  if (parsed.port) env.PGPORT = parsed.port;
  if (parsed.username) env.PGUSER = decodeURIComponent(parsed.username);
  if (parsed.password) env.PGPASSWORD = decodeURIComponent(parsed.password);
  env.PGDATABASE = decodeURIComponent(parsed.pathname.slice(1));
  for (const [name, value] of parsed.searchParams) {
    const variable = LIBPQ_PARAMETERS[name];
    if (variable) env[variable] = value;
  }
  return env;
}

/** Runs one of the tools against `url`; rejects with its stderr when it fails. */
function runTool(file: string, args: string[], url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      ["--no-password", ...args],
      { env: libpqEnvironment(url), maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error)
          reject(new Error(`${file} ${args.join(" ")} failed: ${stderr || error.message}`));
        else resolve(stdout);
      },
    );
  });
}

/** `pg_dump --format=custom` of the database at `url` into `file`. */
export async function dumpDatabase(tools: PgTools, url: string, file: string): Promise<void> {
  await runTool(tools.pgDump, ["--format=custom", `--file=${file}`], url);
}

async function tablesOf(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}

/**
 * Restores `file` into the database at `url`, which must be empty: a restore over existing
 * tables would fail halfway or mix two databases. One transaction: on any error nothing stays.
 */
export async function restoreDatabase(tools: PgTools, url: string, file: string): Promise<void> {
  const existing = await withClient(url, tablesOf);
  if (existing.length > 0)
    throw new Error(
      `The database to restore into is not empty (${existing.length} tables). Restore into a new, empty database.`,
    );
  const database = decodeURIComponent(new URL(url).pathname.slice(1));
  await runTool(
    tools.pgRestore,
    ["--exit-on-error", "--single-transaction", `--dbname=${database}`, file],
    url,
  );
}

/**
 * The schema as pg_dump prints it. Without the `\restrict` lines (pg_dump 17.6+), whose key is
 * random per run.
 */
export async function schemaOf(tools: PgTools, url: string): Promise<string> {
  const text = await runTool(tools.pgDump, ["--schema-only"], url);
  return text
    .split("\n")
    .filter((line) => !/^\\(un)?restrict /.test(line))
    .join("\n");
}

async function migrationsOf(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name || ' ' || checksum AS name FROM "${MIGRATIONS_TABLE}"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}

/** Per table: row count and an md5 over every row's text, in a fixed order. */
export async function summarise(
  url: string,
): Promise<{ migrations: string[]; tables: TableSummary[] }> {
  return withClient(url, async (client) => {
    const tables: TableSummary[] = [];
    for (const table of (await tablesOf(client)).filter((name) => name !== MIGRATIONS_TABLE)) {
      const { rows } = await client.query<{ rows: number; checksum: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS checksum
           FROM "${table}" t`,
      );
      tables.push({ table, ...rows[0]! });
    }
    return { migrations: await migrationsOf(client), tables };
  });
}

/** `prisma migrate status` on the database: clean means every migration applied, none pending. */
export async function migrationStatusClean(url: string): Promise<boolean> {
  try {
    const output = await runPrisma(["migrate", "status"], url, { quiet: true });
    return /Database schema is up to date/.test(output);
  } catch {
    return false;
  }
}

/** Tables whose rows differ (count or content), or that one side lacks. */
export function differingTables(source: TableSummary[], restored: TableSummary[]): string[] {
  const restoredByName = new Map(restored.map((table) => [table.table, table]));
  const names = new Set([...source, ...restored].map((table) => table.table));
  return [...names].filter((name) => {
    const a = source.find((table) => table.table === name);
    const b = restoredByName.get(name);
    return !a || !b || a.rows !== b.rows || a.checksum !== b.checksum;
  });
}

export type RestoreReport = {
  migrationStatusClean: boolean;
  sameMigrations: boolean;
  sameSchema: boolean;
  schemaLines: number;
  migrations: number;
  source: TableSummary[];
  restored: TableSummary[];
  differing: string[];
  ok: boolean;
};

/** Every check of a restored copy against its source. */
export async function compareRestore(
  tools: PgTools,
  sourceUrl: string,
  restoredUrl: string,
): Promise<RestoreReport> {
  const [source, restored] = [await summarise(sourceUrl), await summarise(restoredUrl)];
  const [sourceSchema, restoredSchema] = [
    await schemaOf(tools, sourceUrl),
    await schemaOf(tools, restoredUrl),
  ];
  const clean = await migrationStatusClean(restoredUrl);
  const sameMigrations = JSON.stringify(source.migrations) === JSON.stringify(restored.migrations);
  const sameSchema = sourceSchema === restoredSchema;
  const differing = differingTables(source.tables, restored.tables);
  return {
    migrationStatusClean: clean,
    sameMigrations,
    sameSchema,
    schemaLines: sourceSchema.split("\n").length,
    migrations: restored.migrations.length,
    source: source.tables,
    restored: restored.tables,
    differing,
    ok: clean && sameMigrations && sameSchema && differing.length === 0,
  };
}
