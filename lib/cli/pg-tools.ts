/**
 * Finds the PostgreSQL client tools the backup drill runs: a `pg_dump` and `pg_restore` whose
 * major version is at least the server's (pg_dump refuses a newer server). It looks in
 * TRIVSEL_PG_BINDIR, on PATH, in Debian's /usr/lib/postgresql/<major>/bin and in the cache that
 * `npm run tools:pg` builds (docs/decisions/0025), and takes the lowest major that is new
 * enough: a newer pg_dump also writes settings an older server does not know (pg_dump 17's
 * `SET transaction_timeout` breaks a restore into 16).
 */
import { execFile } from "node:child_process";
import { constants } from "node:fs";
import { access, readdir, realpath } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

/** The source `npm run tools:pg` builds: Debian's postgresql-17 source package (the upstream tarball). */
export const PG_TOOLS_SOURCE = {
  version: "17.10",
  debianVersion: "17.10-0+deb13u1",
  poolPath: "pool/main/p/postgresql-17/postgresql-17_17.10.orig.tar.bz2",
  // From postgresql-17_17.10-0+deb13u1.dsc, whose signature by the Debian maintainer was checked
  // (gpgv with the debian-keyring package) when this was pinned.
  sha256: "078a03516dcdbdb705fecaf415ea3d13a956c589e46f09fed68a06fb00598c90",
};

export const PG_TOOLS_CACHE = path.resolve(
  process.env.TRIVSEL_PG_TOOLS_DIR ?? "node_modules/.cache/trivsel-pg-tools",
);

/** Where `npm run tools:pg` installs the tools of `version`. */
export function builtToolsDir(version = PG_TOOLS_SOURCE.version): string {
  return path.join(PG_TOOLS_CACHE, `postgresql-${version}`);
}

export type PgVersion = { version: string; major: number };

export type PgTools = PgVersion & {
  dir: string;
  pgDump: string;
  pgRestore: string;
  /** Where it was found: "TRIVSEL_PG_BINDIR", "PATH", "Debian" or "npm run tools:pg". */
  origin: string;
};

type Candidate = { dir: string; origin: string };

/** "pg_dump (PostgreSQL) 17.10", "… 15.18 (Debian 15.18-0+deb12u1)", "… 18beta1". */
export function parsePgVersion(output: string): PgVersion | null {
  const match = /\(PostgreSQL\)\s+((\d+)(?:\.\d+)?\S*)/.exec(output);
  return match ? { version: match[1]!, major: Number(match[2]) } : null;
}

/** The lowest major at or above the server's; on a tie, the first in search order. */
export function choosePgTools<T extends PgVersion>(found: T[], serverMajor: number): T | null {
  let best: T | null = null;
  for (const tools of found)
    if (tools.major >= serverMajor && (!best || tools.major < best.major)) best = tools;
  return best;
}

async function executable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function subdirs(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort((a, b) => Number(b) - Number(a) || b.localeCompare(a));
  } catch {
    return [];
  }
}

/** Every folder that may hold pg_dump and pg_restore, in the order they are preferred. */
export async function candidateDirs(): Promise<Candidate[]> {
  const candidates: Candidate[] = [];
  if (process.env.TRIVSEL_PG_BINDIR)
    candidates.push({ dir: process.env.TRIVSEL_PG_BINDIR, origin: "TRIVSEL_PG_BINDIR" });
  for (const dir of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean))
    candidates.push({ dir, origin: "PATH" });
  for (const major of await subdirs("/usr/lib/postgresql"))
    candidates.push({ dir: path.join("/usr/lib/postgresql", major, "bin"), origin: "Debian" });
  for (const name of await subdirs(PG_TOOLS_CACHE))
    if (name.startsWith("postgresql-"))
      candidates.push({ dir: path.join(PG_TOOLS_CACHE, name, "bin"), origin: "npm run tools:pg" });
  return candidates;
}

async function versionOf(file: string): Promise<PgVersion | null> {
  try {
    const { stdout } = await run(file, ["--version"], { timeout: 10_000 });
    return parsePgVersion(stdout);
  } catch {
    return null;
  }
}

/** What a folder holds: the tools with their version, or why they cannot be used. */
async function inspect(candidate: Candidate): Promise<PgTools | string | null> {
  const pgDump = path.join(candidate.dir, "pg_dump");
  const pgRestore = path.join(candidate.dir, "pg_restore");
  if (!(await executable(pgDump))) return null;
  if (!(await executable(pgRestore))) return `${pgDump}: no pg_restore beside it`;
  const [dumpVersion, restoreVersion] = [await versionOf(pgDump), await versionOf(pgRestore)];
  if (!dumpVersion) return `${pgDump}: does not run or print its version`;
  if (restoreVersion?.version !== dumpVersion.version)
    return `${pgDump}: its pg_restore is ${restoreVersion?.version ?? "broken"}, not ${dumpVersion.version}`;
  return { ...dumpVersion, dir: candidate.dir, pgDump, pgRestore, origin: candidate.origin };
}

export class PgToolsMissingError extends Error {}

export function howToGetPgTools(serverMajor: number): string {
  const relative = path.relative(process.cwd(), builtToolsDir());
  const where = relative.startsWith("..") ? builtToolsDir() : relative;
  const build =
    serverMajor <= Number(PG_TOOLS_SOURCE.version.split(".")[0])
      ? [
          `  npm run tools:pg   builds PostgreSQL ${PG_TOOLS_SOURCE.version}'s pg_dump, pg_restore and psql from Debian's source`,
          `                     into ${where} (1½–2½ minutes on 2 cores). It needs a C compiler, make, bison,`,
          `                     flex and the zlib and OpenSSL headers; on Debian or Ubuntu, as root:`,
          `                     apt-get install build-essential bison flex zlib1g-dev libssl-dev`,
        ]
      : [];
  return [
    `Get a pg_dump and pg_restore of PostgreSQL ${serverMajor} or newer:`,
    ...build,
    `  or install your distribution's postgresql-client-${serverMajor} (PostgreSQL's own apt and yum repositories have it),`,
    `  or set TRIVSEL_PG_BINDIR to a folder that holds both.`,
  ].join("\n");
}

/**
 * The tools for a server of `serverMajor`; throws PgToolsMissingError naming what it found and
 * how to get suitable ones. `dirs` replaces the search (for tests).
 */
export async function findPgTools(options: {
  serverMajor: number;
  dirs?: Candidate[];
}): Promise<PgTools> {
  const seen = new Set<string>();
  const found: PgTools[] = [];
  const rejected: string[] = [];
  for (const candidate of options.dirs ?? (await candidateDirs())) {
    let real: string;
    try {
      real = await realpath(path.join(candidate.dir, "pg_dump"));
    } catch {
      continue;
    }
    if (seen.has(real)) continue;
    seen.add(real);
    const result = await inspect(candidate);
    if (typeof result === "string") rejected.push(result);
    else if (result) found.push(result);
  }
  const chosen = choosePgTools(found, options.serverMajor);
  if (chosen) return chosen;
  const tooOld = found.map((tools) => `${tools.pgDump}: ${tools.version}, too old`);
  throw new PgToolsMissingError(
    [
      `No pg_dump for PostgreSQL ${options.serverMajor} was found (pg_dump refuses a server newer than itself).`,
      ...[...tooOld, ...rejected].map((line) => `  ${line}`),
      howToGetPgTools(options.serverMajor),
    ].join("\n"),
  );
}

export async function serverVersion(url: string): Promise<PgVersion> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string; num: string }>(
      "SELECT current_setting('server_version') AS version, current_setting('server_version_num') AS num",
    );
    return {
      version: rows[0]!.version.split(" ")[0]!,
      major: Math.floor(Number(rows[0]!.num) / 10000),
    };
  } finally {
    await client.end();
  }
}

/** The tools for the server at `url`. */
export async function findPgToolsFor(url: string): Promise<PgTools & { server: PgVersion }> {
  const server = await serverVersion(url);
  return { ...(await findPgTools({ serverMajor: server.major })), server };
}
