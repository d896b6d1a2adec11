/**
 * `npm run tools:pg`: builds PostgreSQL 17's pg_dump, pg_restore, pg_dumpall and psql (with their
 * libpq) from Debian's postgresql-17 source package into node_modules/.cache/trivsel-pg-tools
 * (TRIVSEL_PG_TOOLS_DIR), for the backup drill (docs/decisions/0025). Debian 12 has only
 * pg_dump 15, which refuses a PostgreSQL 17 server, and Debian 13's binaries need a newer glibc.
 *
 * Idempotent: when the tools are built and run, it says so and stops. Otherwise it downloads the
 * upstream tarball from the Debian mirror apt uses (TRIVSEL_DEBIAN_MIRROR overrides), checks its
 * pinned sha256, and compiles only what the client tools need, with `make -j2`.
 * `--missing-packages` prints the Debian packages the build lacks (empty when none) and exits.
 */
import { execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import { builtToolsDir, parsePgVersion, PG_TOOLS_CACHE, PG_TOOLS_SOURCE } from "./pg-tools";

const execFileAsync = promisify(execFile);
const JOBS = "-j2";
// Only what pg_dump, pg_restore and psql need: no line editing, no ICU, no Kerberos/LDAP. zlib
// compresses custom-format dumps (on by default); OpenSSL lets them reach a server that
// requires sslmode=require.
const CONFIGURE_FLAGS = [
  "--without-readline",
  "--without-icu",
  "--with-ssl=openssl",
  "--with-zlib",
];
// The binaries find their libpq beside them wherever the folder is moved ($ORIGIN), not the
// system's older libpq.
const RPATH = "rpathdir=$$ORIGIN/../lib";
const PARTS = ["src/interfaces/libpq", "src/bin/pg_dump", "src/bin/psql"];
const SUPPORT_LIBRARIES = [
  ["src/port", "libpgport.a", "libpgport_shlib.a"],
  ["src/common", "libpgcommon.a", "libpgcommon_shlib.a"],
  ["src/fe_utils", "libpgfeutils.a"],
];
// Built above (and libpq before the tools): make's --old-file keeps each part from running the
// submakes that would build the libraries whole. It is not passed down, so libpq is named too.
const SUPPORT_BUILT = [
  "-o",
  "submake-libpgport",
  "-o",
  "submake-libpgfeutils",
  "-o",
  "submake-libpq",
];

type Stamp = { version: string; sha256: string; configure: string[]; seconds: number };

const installDir = builtToolsDir();
const stampFile = path.join(installDir, "build.json");

async function alreadyBuilt(): Promise<string | null> {
  if (!existsSync(stampFile)) return null;
  try {
    const stamp = JSON.parse(await readFile(stampFile, "utf8")) as Stamp;
    if (stamp.sha256 !== PG_TOOLS_SOURCE.sha256) return null;
    if (JSON.stringify(stamp.configure) !== JSON.stringify(CONFIGURE_FLAGS)) return null;
    const { stdout } = await execFileAsync(path.join(installDir, "bin", "pg_dump"), ["--version"]);
    return parsePgVersion(stdout)?.version === PG_TOOLS_SOURCE.version ? stdout.trim() : null;
  } catch {
    return null;
  }
}

async function commandExists(name: string): Promise<boolean> {
  try {
    await execFileAsync("sh", ["-c", `command -v ${name}`]);
    return true;
  } catch {
    return false;
  }
}

async function headerExists(header: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn("cc", ["-E", "-x", "c", "-"], { stdio: ["pipe", "ignore", "ignore"] });
    child.on("error", () => resolve(false));
    child.on("close", (code) => resolve(code === 0));
    child.stdin.end(`#include <${header}>\n`);
  });
}

/** The Debian packages this build needs and the machine lacks. */
export async function missingPackages(): Promise<string[]> {
  const missing: string[] = [];
  const hasCompiler = await commandExists("cc");
  if (!hasCompiler) missing.push("gcc", "libc6-dev");
  for (const [command, pkg] of [
    ["make", "make"],
    ["bison", "bison"],
    ["flex", "flex"],
    ["perl", "perl"],
    ["bzip2", "bzip2"],
  ] as const)
    if (!(await commandExists(command))) missing.push(pkg);
  // Without a compiler the headers cannot be checked; their packages are needed all the same.
  if (!hasCompiler || !(await headerExists("zlib.h"))) missing.push("zlib1g-dev");
  if (!hasCompiler || !(await headerExists("openssl/ssl.h"))) missing.push("libssl-dev");
  return missing;
}

/** The Debian archive apt is set up with (its first repository whose path ends in /debian/). */
async function debianMirror(): Promise<string> {
  const given = process.env.TRIVSEL_DEBIAN_MIRROR;
  if (given) return given.endsWith("/") ? given : `${given}/`;
  try {
    const { stdout } = await execFileAsync("apt-get", ["indextargets", "--format", "$(REPO_URI)"]);
    const mirror = stdout.split("\n").find((uri) => /\/debian\/$/.test(uri.trim()));
    if (mirror) return mirror.trim();
  } catch {
    // No apt: fall through to the message below.
  }
  throw new Error(
    "Found no Debian mirror in apt's sources. Set TRIVSEL_DEBIAN_MIRROR to one (the URL that has pool/ below it).",
  );
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}

async function download(file: string): Promise<void> {
  if (existsSync(file) && (await sha256Of(file)) === PG_TOOLS_SOURCE.sha256) return;
  const url = `${await debianMirror()}${PG_TOOLS_SOURCE.poolPath}`;
  console.log(`Downloading ${url}`);
  const response = await fetch(url, { signal: AbortSignal.timeout(600_000) });
  if (!response.ok || !response.body)
    throw new Error(
      `${url}: HTTP ${response.status}. Is the mirror reachable, and does it still have ${PG_TOOLS_SOURCE.debianVersion}?`,
    );
  // 22 MB: held in memory, checked, and only then written where the build looks for it.
  const bytes = Buffer.from(await response.arrayBuffer());
  const actual = createHash("sha256").update(bytes).digest("hex");
  if (actual !== PG_TOOLS_SOURCE.sha256)
    throw new Error(
      `${url}: sha256 ${actual}, expected ${PG_TOOLS_SOURCE.sha256}. Refusing to build it.`,
    );
  await writeFile(file, bytes);
}

/** Runs a build step with its output in `log`; on failure shows the log's end. */
function step(log: string, command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(log, { flags: "a" });
    out.write(`\n$ ${command} ${args.join(" ")}\n`);
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on("error", reject);
    child.on("close", async (code) => {
      out.end();
      if (code === 0) return resolve();
      const tail = (await readFile(log, "utf8")).split("\n").slice(-40).join("\n");
      reject(new Error(`${command} ${args.join(" ")} failed (exit ${code}); log: ${log}\n${tail}`));
    });
  });
}

async function timed<T>(label: string, work: () => Promise<T>, times: string[]): Promise<T> {
  const started = performance.now();
  const result = await work();
  times.push(`${label} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

async function build(): Promise<void> {
  const started = performance.now();
  const times: string[] = [];
  await mkdir(PG_TOOLS_CACHE, { recursive: true });
  const tarball = path.join(PG_TOOLS_CACHE, path.basename(PG_TOOLS_SOURCE.poolPath));
  await timed("download", () => download(tarball), times);

  const work = path.join(PG_TOOLS_CACHE, `build-${process.pid}`);
  const staging = path.join(work, "staging");
  const log = path.join(work, "build.log");
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  await timed("unpack", () => step(log, "tar", ["-xjf", tarball, "-C", work], work), times);
  const source = path.join(work, `postgresql-${PG_TOOLS_SOURCE.version}`);

  console.log(`Building PostgreSQL ${PG_TOOLS_SOURCE.version}'s client tools (log: ${log}) …`);
  await timed(
    "configure",
    () => step(log, "./configure", [`--prefix=${installDir}`, ...CONFIGURE_FLAGS], source),
    times,
  );
  await timed(
    "compile",
    async () => {
      // The generated headers first: the sub-makes below race for them under -j2.
      await step(log, "make", [JOBS, "-C", "src/backend", "generated-headers"], source);
      // The frontend variants of the support libraries only: their `all` also compiles the
      // server's (…_srv.a), a quarter of the objects, which no client tool links.
      for (const [dir, ...libraries] of SUPPORT_LIBRARIES)
        await step(log, "make", [JOBS, "-C", dir!, ...libraries], source);
      for (const part of PARTS)
        await step(log, "make", [JOBS, "-C", part, RPATH, ...SUPPORT_BUILT], source);
    },
    times,
  );
  await timed(
    "install",
    async () => {
      for (const part of PARTS)
        await step(
          log,
          "make",
          ["-C", part, "install", `DESTDIR=${staging}`, RPATH, ...SUPPORT_BUILT],
          source,
        );
    },
    times,
  );

  const staged = path.join(staging, installDir);
  const { stdout: version } = await execFileAsync(path.join(staged, "bin", "pg_dump"), [
    "--version",
  ]);
  if (parsePgVersion(version)?.version !== PG_TOOLS_SOURCE.version)
    throw new Error(`The built pg_dump says "${version.trim()}"`);
  // The check that matters: the new pg_dump loads the libpq built with it, not the system's.
  const { stdout: libraries } = await execFileAsync("ldd", [path.join(staged, "bin", "pg_dump")]);
  const libpq = /libpq\.so\.5 => (\S+)/.exec(libraries)?.[1] ?? "none";
  if (!path.resolve(libpq).startsWith(path.join(staged, "lib")))
    throw new Error(`The built pg_dump loads libpq from ${libpq}, not from its own lib/`);

  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const stamp: Stamp = {
    version: PG_TOOLS_SOURCE.version,
    sha256: PG_TOOLS_SOURCE.sha256,
    configure: CONFIGURE_FLAGS,
    seconds,
  };
  await writeFile(path.join(staged, "build.json"), `${JSON.stringify(stamp, null, 2)}\n`);
  await rm(installDir, { recursive: true, force: true });
  await rename(staged, installDir);
  await rm(work, { recursive: true, force: true });
  const size = (await stat(tarball)).size;
  console.log(
    [
      `Built ${version.trim()} into ${installDir} in ${seconds} s`,
      `  (${times.join(", ")}; source ${(size / 1e6).toFixed(1)} MB, sha256 checked)`,
      `  bin: pg_dump pg_restore pg_dumpall psql`,
    ].join("\n"),
  );
}

async function main() {
  if (process.argv.includes("--missing-packages")) {
    console.log((await missingPackages()).join(" "));
    return;
  }
  const built = await alreadyBuilt();
  if (built) {
    console.log(`${built}: already built in ${installDir}`);
    return;
  }
  const missing = await missingPackages();
  if (missing.length > 0) {
    console.error(
      `Building pg_dump needs ${missing.join(", ")}. On Debian or Ubuntu, as root:\n` +
        `  apt-get install --no-install-recommends ${missing.join(" ")}`,
    );
    process.exit(1);
  }
  await build();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
