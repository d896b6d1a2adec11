/**
 * `npm run drill:backup`: back up with pg_dump and restore with pg_restore (docs/decisions/0018,
 * 0025). Without DATABASE_URL it starts a PostgreSQL of its own in tests/.tmp with the demo
 * schools; with DATABASE_URL it dumps that database and restores into a new, empty scratch
 * database on the same server, which it drops afterwards. It checks that the copy has every
 * migration applied and none pending (`prisma migrate status`), the source's migrations and
 * schema, and per table the same rows (count and checksum); prints the comparison and exits 1 on
 * any difference. The tools: pg-tools.ts (`npm run tools:pg` builds them).
 */
import { randomBytes } from "node:crypto";
import { mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/db/embedded-postgres";
import { compareRestore, dumpDatabase, restoreDatabase, withClient } from "./backup";
import { runPrisma } from "./local-database";
import { findPgToolsFor, PgToolsMissingError } from "./pg-tools";

async function timed<T>(work: () => Promise<T>): Promise<[T, string]> {
  const started = performance.now();
  const result = await work();
  return [result, `${((performance.now() - started) / 1000).toFixed(1)} s`];
}

async function main() {
  const workDir = path.resolve("tests/.tmp", `drill-backup-${process.pid}`);
  await mkdir(workDir, { recursive: true });
  let embedded: RunningPostgres | null = null;
  let sourceUrl = process.env.DATABASE_URL;
  let scratch: string | null = null;
  let adminUrl: string | null = null;
  let ok = false;
  try {
    if (!sourceUrl) {
      embedded = await startEmbeddedPostgres({ dataDir: path.join(workDir, "postgres") });
      await embedded.createDatabase("trivsel");
      sourceUrl = embedded.urlFor("trivsel");
    }
    // Before the seed: without the tools there is no drill, and the message says how to get them.
    const tools = await findPgToolsFor(sourceUrl);
    console.log(
      `pg_dump ${tools.version} (${tools.origin}: ${tools.dir}) for the server's PostgreSQL ${tools.server.version}`,
    );
    if (embedded) {
      process.env.DATABASE_URL = sourceUrl;
      await runPrisma(["migrate", "deploy"], sourceUrl, { quiet: true });
      const { db } = await import("@/lib/db/client");
      const { seedDemo } = await import("@/prisma/seed");
      console.log("Seeding the demo schools …");
      await seedDemo(db, { allowDemoUsersInProduction: true });
      await db.$disconnect();
    }

    const source = new URL(sourceUrl);
    scratch = `trivsel_restore_${randomBytes(4).toString("hex")}`;
    const restoredUrl = Object.assign(new URL(sourceUrl), { pathname: `/${scratch}` }).toString();
    adminUrl = Object.assign(new URL(sourceUrl), { pathname: "/postgres" }).toString();
    const file = path.join(workDir, "trivsel.dump");

    const [, dumpTime] = await timed(() => dumpDatabase(tools, sourceUrl!, file));
    const size = (await stat(file)).size;
    // template0: nothing a local template1 may hold comes along; the restore brings everything.
    await withClient(adminUrl, (client) =>
      client.query(`CREATE DATABASE "${scratch}" TEMPLATE template0`),
    );
    const [, restoreTime] = await timed(() => restoreDatabase(tools, restoredUrl, file));
    const [report, checkTime] = await timed(() => compareRestore(tools, sourceUrl!, restoredUrl));

    const restoredByName = new Map(report.restored.map((table) => [table.table, table]));
    const width = Math.max(...report.source.map((table) => table.table.length));
    const rows = (tables: { rows: number }[]) => tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(
      [
        "",
        "Drill: backup and restore",
        `  pg_dump --format=custom     ${decodeURIComponent(source.pathname.slice(1))} → ${(size / 1024).toFixed(0)} kB in ${dumpTime}`,
        `  pg_restore                  into the new, empty ${scratch} in ${restoreTime} (single transaction)`,
        `  migrations                  ${report.migrations}, status ${report.migrationStatusClean ? "clean" : "NOT CLEAN"}${report.sameMigrations ? ", the source's" : ", DIFFERENT from the source"}`,
        `  schema                      ${report.sameSchema ? "identical" : "DIFFERENT"} (pg_dump --schema-only, ${report.schemaLines} lines)`,
        `  tables compared             ${report.source.length} (row count and md5 of the rows, in ${checkTime})`,
        `  rows                        ${rows(report.source)} → ${rows(report.restored)}`,
        `  tables that differ          ${report.differing.length}${report.differing.length ? `: ${report.differing.join(", ")}` : ""}`,
        "",
        ...report.source.map((table) => {
          const restored = restoredByName.get(table.table);
          const same = restored?.rows === table.rows && restored.checksum === table.checksum;
          return `  ${table.table.padEnd(width)}  ${String(table.rows).padStart(7)} → ${String(restored?.rows ?? "-").padStart(7)}  md5 ${table.checksum.slice(0, 12)}${same ? "" : "  DIFFERS"}`;
        }),
        "",
      ].join("\n"),
    );
    ok = report.ok;
  } catch (error) {
    if (error instanceof PgToolsMissingError) console.error(error.message);
    else throw error;
  } finally {
    if (adminUrl && scratch)
      await withClient(adminUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`),
      );
    await embedded?.stop();
    await rm(workDir, { recursive: true, force: true });
  }
  console.log(ok ? "Passed." : "FAILED");
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
