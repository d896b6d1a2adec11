/**
 * Where generated data goes. A database the generator owns — on the embedded PostgreSQL
 * `trivsel_bench_s<schools>_p<pupils>_seed<seed>` (never the demo database "trivsel"), or one named
 * with `--database` on the server of DATABASE_URL — is created and migrated, generated into, and
 * marked complete with a comment on the database; a complete one with the same parameters is
 * reused, and `--replace` drops and recreates it. (The audit trail refuses DELETE and TRUNCATE by
 * trigger, so dropping the whole database is the one honest way to start again.) DATABASE_URL
 * alone is generated into only while it has no schools.
 */
import { withClient } from "@/lib/cli/backup";
import { openDatabase, runPrisma } from "@/lib/cli/local-database";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { generateInto, type GenerationReport, type GeneratorOptions } from "./generate";
import type { TableName } from "./writer";

/** Raised when the generated data changes shape: older generated databases are then made anew. */
export const GENERATOR_VERSION = 1;
const DEMO_DATABASE = "trivsel";

export type Parameters = Pick<GeneratorOptions, "schools" | "pupils" | "seed"> &
  Partial<Pick<GeneratorOptions, "absenceRateMultiplier" | "today" | "municipalities">>;

type Marker = {
  generator: "trivsel";
  version: number;
  complete: boolean;
  schools: number;
  pupils: number;
  seed: number;
  absenceRateMultiplier: number;
  /** Absent in markers written before there could be more than one. */
  municipalities?: number;
  today: string;
  seconds?: number;
  counts?: Record<TableName, number>;
};

/** The server's side of owning a database (the embedded PostgreSQL has exactly these). */
type Server = {
  adminUrl: string;
  urlFor(name: string): string;
  databaseExists(name: string): Promise<boolean>;
  createDatabase(name: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
};

export type GeneratedDatabase = {
  url: string;
  database: string;
  /** True when an earlier complete generation was found and used as it was. */
  reused: boolean;
  /** The day the data was built around. */
  today: string;
  counts: Record<TableName, number>;
  seconds: number;
};

export function benchDatabaseName(parameters: Parameters): string {
  const multiplier = parameters.absenceRateMultiplier ?? 1;
  const absence = multiplier === 1 ? "" : `_abs${String(multiplier).replace(".", "_")}`;
  const municipalities =
    (parameters.municipalities ?? 1) === 1 ? "" : `_m${parameters.municipalities}`;
  return `trivsel_bench_s${parameters.schools}_p${parameters.pupils}_seed${parameters.seed}${absence}${municipalities}`;
}

function optionsOf(parameters: Parameters): GeneratorOptions {
  const { schools, pupils, seed } = parameters;
  return {
    schools,
    pupils,
    seed,
    absenceRateMultiplier: parameters.absenceRateMultiplier ?? 1,
    today: parameters.today ?? todayInDenmark(),
    municipalities: parameters.municipalities ?? 1,
  };
}

async function readMarker(server: Server, name: string): Promise<Marker | null> {
  const comment = await withClient(server.adminUrl, async (client) => {
    const { rows } = await client.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [name],
    );
    return rows[0]?.comment ?? null;
  });
  try {
    const marker = comment ? (JSON.parse(comment) as Marker) : null;
    return marker?.generator === "trivsel" ? marker : null;
  } catch {
    return null;
  }
}

async function writeMarker(url: string, name: string, marker: Marker): Promise<void> {
  await withClient(url, (client) =>
    client.query(
      `COMMENT ON DATABASE ${client.escapeIdentifier(name)} IS ${client.escapeLiteral(JSON.stringify(marker))}`,
    ),
  );
}

async function schoolCount(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ migrated: boolean }>(
      `SELECT to_regclass('"School"') IS NOT NULL AS migrated`,
    );
    if (!rows[0]!.migrated) return 0;
    const counted = await client.query<{ schools: number }>(
      `SELECT count(*)::int AS schools FROM "School"`,
    );
    return counted.rows[0]!.schools;
  });
}

async function generate(
  url: string,
  name: string,
  options: GeneratorOptions,
  log: (line: string) => void,
): Promise<GeneratedDatabase> {
  const marker: Marker = {
    generator: "trivsel",
    version: GENERATOR_VERSION,
    complete: false,
    schools: options.schools,
    pupils: options.pupils,
    seed: options.seed,
    absenceRateMultiplier: options.absenceRateMultiplier,
    municipalities: options.municipalities ?? 1,
    today: isoDay(options.today),
  };
  await runPrisma(["migrate", "deploy"], url, { quiet: true });
  await writeMarker(url, name, marker);
  log(
    `Generating ${options.schools} schools, ${options.pupils} pupils (seed ${options.seed}, today ${marker.today}) into ${name} …`,
  );
  const report: GenerationReport = await generateInto(url, options, log);
  const seconds = Math.round(report.milliseconds / 100) / 10;
  await writeMarker(url, name, { ...marker, complete: true, seconds, counts: report.counts });
  return {
    url,
    database: name,
    reused: false,
    today: marker.today,
    counts: report.counts,
    seconds,
  };
}

/** A database the generator owns on `server`: reused when complete, else (re)made. */
async function ensureOwned(
  server: Server,
  name: string,
  options: GeneratorOptions,
  replace: boolean,
  log: (line: string) => void,
): Promise<GeneratedDatabase> {
  if (name === DEMO_DATABASE)
    throw new Error(
      `"${DEMO_DATABASE}" is the app's own database; name the generated one otherwise.`,
    );
  const url = server.urlFor(name);
  if (await server.databaseExists(name)) {
    const marker = await readMarker(server, name);
    const same =
      marker?.complete &&
      marker.version === GENERATOR_VERSION &&
      marker.schools === options.schools &&
      marker.pupils === options.pupils &&
      marker.seed === options.seed &&
      marker.absenceRateMultiplier === options.absenceRateMultiplier &&
      (marker.municipalities ?? 1) === (options.municipalities ?? 1);
    if (same && !replace) {
      log(
        `Reusing ${name}: generated complete for ${marker.today} in ${marker.seconds} s (--replace to make it anew).`,
      );
      // Migrations added since (an index) apply to the data as it is.
      await runPrisma(["migrate", "deploy"], url, { quiet: true });
      return {
        url,
        database: name,
        reused: true,
        today: marker.today,
        counts: marker.counts!,
        seconds: 0,
      };
    }
    if (!marker && !replace && (await schoolCount(url)) > 0)
      throw new Error(
        `${name} exists with data the generator did not write; refusing to touch it (--replace drops it).`,
      );
    if (marker || replace) {
      log(
        `Dropping ${name} (${replace ? "--replace" : marker?.complete ? "generated with other settings" : "an unfinished generation"}) …`,
      );
      await server.dropDatabase(name);
    }
  }
  if (!(await server.databaseExists(name))) await server.createDatabase(name);
  return generate(url, name, options, log);
}

type Wanted = Parameters & { replace?: boolean; database?: string; log?: (line: string) => void };

/**
 * The benchmark's entry point: a generated database on the embedded PostgreSQL (started here,
 * `EMBEDDED_POSTGRES_PORT`, data in .data/), generated first if it is not there yet. `stop()`
 * stops the embedded server.
 */
export async function ensureGeneratedDatabase(
  parameters: Wanted,
): Promise<GeneratedDatabase & { stop(): Promise<void> }> {
  const { databases, stop } = await ensureGeneratedDatabases([parameters]);
  return { ...databases[0]!, stop };
}

/**
 * Several generated databases on the one embedded server (the benchmark's scales, served side
 * by side so that their pages can be measured in turn), each generated first if it is not there.
 */
export async function ensureGeneratedDatabases(
  wanted: readonly Wanted[],
): Promise<{ databases: GeneratedDatabase[]; stop(): Promise<void> }> {
  if (process.env.DATABASE_URL)
    throw new Error(
      "ensureGeneratedDatabase works on the embedded PostgreSQL: unset DATABASE_URL.",
    );
  const local = await openDatabase();
  try {
    const databases: GeneratedDatabase[] = [];
    for (const parameters of wanted)
      databases.push(
        await ensureOwned(
          local.embedded!,
          parameters.database ?? benchDatabaseName(parameters),
          optionsOf(parameters),
          !!parameters.replace,
          parameters.log ?? (() => {}),
        ),
      );
    return { databases, stop: () => local.stop() };
  } catch (error) {
    await local.stop();
    throw error;
  }
}

/** The server of `url`, managed through `url`'s own database. */
function serverOf(url: string): Server {
  const urlFor = (name: string) => {
    const target = new URL(url);
    target.pathname = `/${name}`;
    return target.toString();
  };
  return {
    adminUrl: url,
    urlFor,
    databaseExists: (name) =>
      withClient(
        url,
        async (client) =>
          (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount ===
          1,
      ),
    createDatabase: (name) =>
      withClient(
        url,
        async (client) =>
          void (await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)),
      ),
    dropDatabase: (name) =>
      withClient(
        url,
        async (client) =>
          void (await client.query(
            `DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`,
          )),
      ),
  };
}

/**
 * Generates on the PostgreSQL of DATABASE_URL: into `database` there (owned as above), or into
 * DATABASE_URL's own database when it has no schools yet.
 */
export async function generateIntoUrl(
  databaseUrl: string,
  parameters: Parameters & { replace?: boolean; database?: string; log?: (line: string) => void },
): Promise<GeneratedDatabase> {
  const log = parameters.log ?? (() => {});
  const options = optionsOf(parameters);
  const own = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  if (parameters.database) {
    if (parameters.database === own)
      throw new Error(
        `--database names DATABASE_URL's own database (${own}); name another one on that server.`,
      );
    return ensureOwned(
      serverOf(databaseUrl),
      parameters.database,
      options,
      !!parameters.replace,
      log,
    );
  }
  if (parameters.replace)
    throw new Error(
      "--replace drops and recreates a database, so name it: --database <name> (created on DATABASE_URL's server, which stays as it is).",
    );
  const schools = await schoolCount(databaseUrl);
  if (schools > 0)
    throw new Error(
      `${own} already has ${schools} schools. Generate into an empty database, or into one of the generator's own: --database <name> [--replace].`,
    );
  return generate(databaseUrl, own, options, log);
}
