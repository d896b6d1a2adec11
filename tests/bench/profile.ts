/**
 * `npm run bench:profile -- <page>`: where a page's server time goes. Serves the production build
 * on the generated municipality (a throwaway copy, as the benchmark does) under `node --cpu-prof`,
 * requests the page one after another, and prints the functions and the source files that took
 * the CPU time, self and inclusive. The benchmark says how fast; this says why.
 *
 *   npm run bench:profile -- worklist            timeline | forum | dashboard | municipality
 *   npm run bench:profile -- worklist --requests 500 --scale 0.1 --port 3250
 *
 * First it prints the SQL statements one request sends (from a second instance that logs them, as
 * the benchmark does). The whole profile is kept in tests/.tmp/profile/ for Chrome DevTools
 * (Performance → Load).
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { ensureBuilt, Session, startApp } from "@/lib/cli/app-process";
import { ensureGeneratedDatabase } from "@/prisma/generator/database";
import {
  cliOption,
  findSubjects,
  municipalityAtScale,
  PAGES_BY_NAME,
  throwawayCopy,
  type PageSpec,
  type Subjects,
} from "./data";
import { readLogSince } from "./raw-sql";
import { summariseProfile, type CpuProfile } from "./profile-summary";

const args = process.argv.slice(2);
const page = args.find((arg, index) => !arg.startsWith("--") && !args[index - 1]?.startsWith("--"));
const requests = Number(cliOption("--requests") ?? 300);
const scale = Number(cliOption("--scale") ?? 1);
const port = Number(cliOption("--port") ?? 3250);
const OUT = path.resolve("tests/.tmp/profile");

async function main() {
  const spec = page ? PAGES_BY_NAME[page] : undefined;
  if (!spec) throw new Error(`Which page? One of: ${Object.keys(PAGES_BY_NAME).join(", ")}`);
  const generated = await ensureGeneratedDatabase({
    ...municipalityAtScale(scale),
    log: (line) => console.log(`  ${line}`),
  });
  const copy = await throwawayCopy(generated.url, `${generated.database}_profile`);
  try {
    await ensureBuilt();
    await rm(OUT, { recursive: true, force: true });
    await mkdir(OUT, { recursive: true });
    const subjects = await findSubjects(copy.url);
    await printStatements(copy.url, subjects, spec);
    const app = await startApp({
      port,
      databaseUrl: copy.url,
      nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${OUT}`],
    });
    let elapsed = 0;
    try {
      const session = new Session(app.base);
      await session.signIn(subjects[spec.user] as string);
      const url = spec.path(subjects);
      for (let i = 0; i < 20; i++) await (await session.fetch(url)).text(); // warm up
      const started = performance.now();
      for (let i = 0; i < requests; i++) {
        const response = await session.fetch(url);
        await response.text();
        if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
      }
      elapsed = performance.now() - started;
    } finally {
      await app.stop();
    }
    console.log(
      `\n${page}: ${requests} requests one after another, ${(elapsed / requests).toFixed(1)} ms each\n`,
    );
    // `next start` writes one profile per Node process; the server's is the largest.
    const files = (await readdir(OUT)).filter((name) => name.endsWith(".cpuprofile"));
    let largest: { file: string; profile: CpuProfile } | null = null;
    for (const file of files) {
      const profile = JSON.parse(await readFile(path.join(OUT, file), "utf8")) as CpuProfile;
      if (!largest || profile.samples.length > largest.profile.samples.length)
        largest = { file, profile };
    }
    if (!largest) throw new Error("No CPU profile was written");
    console.log(summariseProfile(largest.profile, requests));
    console.log(`\nThe whole profile: ${path.join(OUT, largest.file)}`);
  } finally {
    await copy.drop();
    await generated.stop();
  }
}

/** The statements of one request, numbered, as the query log has them. */
async function printStatements(databaseUrl: string, subjects: Subjects, spec: PageSpec) {
  const log = path.join(OUT, "queries.log");
  const app = await startApp({ port: port + 1, databaseUrl, env: { TRIVSEL_QUERY_LOG: log } });
  try {
    const session = new Session(app.base);
    await session.signIn(subjects[spec.user] as string);
    const url = spec.path(subjects);
    await (await session.fetch(url)).text();
    const { offset } = await readLogSince(log, 0);
    const html = await (await session.fetch(url)).text();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const { statements } = await readLogSince(log, offset);
    await writeFile(path.join(OUT, "page.html"), html);
    console.log(`\n${page}: ${(Buffer.byteLength(html) / 1024).toFixed(0)} kB of HTML (page.html)`);
    await writeFile(path.join(OUT, "statements.json"), `${JSON.stringify(statements, null, 2)}\n`);
    console.log(`${page}: ${statements.length} statements in one request (statements.json)`);
    statements.forEach(({ sql }, index) =>
      console.log(`  ${String(index + 1).padStart(3)}  ${sql.replace(/\s+/g, " ").slice(0, 150)}`),
    );
  } finally {
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
