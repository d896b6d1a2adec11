/**
 * `npm run bench:ab -- --baseline <git ref>`: is a change faster? Two production builds — the
 * working tree's and a commit's — serve the same generated municipality, and each page is asked
 * of one and then the other, in turn, a hundred times: whatever else the shared machine is doing
 * weighs on both alike. On these machines the same page measured 40 ms in one run and 55 in the
 * next; two runs of `npm run bench` a few minutes apart cannot tell a 10 % change from noise, and
 * this can (two builds of the same code: every page within ±5 %).
 *
 *   npm run bench:ab -- --baseline HEAD~3
 *   npm run bench:ab -- --baseline main --pages worklist,timeline --rounds 200 --scale 0.1
 *   npm run bench:ab -- --baseline HEAD --node-args --max-semi-space-size=64   (B with a Node option)
 *
 * The commit is unpacked into tests/.tmp/ab/<commit> (git archive) with a link to this checkout's
 * node_modules, and built there once. It has to be inside the checkout: Turbopack resolves
 * packages only under its workspace root, which it takes to be the checkout (and says it found a
 * second lockfile); outside it, it finds no `next` through the link. Both builds read the same database, so the commit must have
 * the same migrations as the working tree (checked).
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, symlink } from "node:fs/promises";
import path from "node:path";
import { ensureBuilt, exited, Session, startApp, type RunningApp } from "@/lib/cli/app-process";
import { ensureGeneratedDatabase } from "@/prisma/generator/database";
import { cliOption, findSubjects, municipalityAtScale, PAGES_BY_NAME, throwawayCopy } from "./data";
import { inTurn } from "./pairs";

const baselineRef = cliOption("--baseline") ?? "HEAD";
const rounds = Number(cliOption("--rounds") ?? 100);
const scale = Number(cliOption("--scale") ?? 1);
const port = Number(cliOption("--port") ?? 3400);
/** Options for B's Node.js (space-separated): with `--baseline HEAD`, what a Node option does. */
const nodeArgs = (cliOption("--node-args") ?? "").split(" ").filter(Boolean);
const ROOT = path.resolve(".");

const pages = (cliOption("--pages") ?? Object.keys(PAGES_BY_NAME).join(",")).split(",");

const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT }).toString().trim();

async function run(command: string, args: string[], cwd: string): Promise<void> {
  const code = await exited(
    spawn(command, args, {
      cwd,
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production" },
    }),
  );
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} failed in ${cwd} (exit ${code})`);
}

/** The commit unpacked beside this checkout's node_modules, its Prisma client generated and built. */
async function baselineBuild(commit: string): Promise<string> {
  const dir = path.join(ROOT, "tests/.tmp/ab", commit);
  if (existsSync(path.join(dir, ".next", "BUILD_ID"))) return dir;
  await mkdir(dir, { recursive: true });
  execFileSync("sh", ["-c", `git archive ${commit} | tar -x -C "${dir}"`], { cwd: ROOT });
  if (!existsSync(path.join(dir, "node_modules")))
    await symlink(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  console.log(`Building ${commit.slice(0, 8)} in ${path.relative(ROOT, dir)} …`);
  await run(path.join(ROOT, "node_modules/.bin/tsx"), ["prisma/generate-client.ts"], dir);
  await run(path.join(ROOT, "node_modules/.bin/next"), ["build"], dir);
  return dir;
}

async function sameMigrations(dir: string): Promise<boolean> {
  const list = async (root: string) =>
    (await readdir(path.join(root, "prisma/migrations"))).filter((name) => name !== ".gitkeep");
  return JSON.stringify(await list(dir)) === JSON.stringify(await list(ROOT));
}

async function main() {
  const unknown = pages.filter((page) => !PAGES_BY_NAME[page]);
  if (unknown.length > 0)
    throw new Error(`Unknown page ${unknown.join(", ")}: ${Object.keys(PAGES_BY_NAME).join(", ")}`);
  const commit = git("rev-parse", `${baselineRef}^{commit}`);
  await ensureBuilt();
  const baselineDir = await baselineBuild(commit);
  if (!(await sameMigrations(baselineDir)))
    throw new Error(
      `${baselineRef} has other migrations than the working tree: one database cannot serve both`,
    );

  const generated = await ensureGeneratedDatabase(municipalityAtScale(scale));
  const copy = await throwawayCopy(generated.url, `${generated.database}_ab`);
  const apps: RunningApp[] = [];
  try {
    const subjects = await findSubjects(copy.url);
    const baseline = await startApp({ port, databaseUrl: copy.url, cwd: baselineDir });
    apps.push(baseline);
    const current = await startApp({ port: port + 1, databaseUrl: copy.url, nodeArgs });
    apps.push(current);
    console.log(
      `\nA = ${baselineRef} (${commit.slice(0, 8)}), B = the working tree (${git("describe", "--always", "--dirty")})` +
        `${nodeArgs.length > 0 ? ` with ${nodeArgs.join(" ")}` : ""}; ` +
        `${rounds} requests each, in turn; scale ${scale}\n`,
    );
    console.log("page          A p50 ms  B p50 ms  B/A (median of pairs)  B faster in");
    for (const name of pages) {
      const spec = PAGES_BY_NAME[name]!;
      const email = subjects[spec.user] as string;
      const [a, b] = [new Session(baseline.base), new Session(current.base)];
      await a.signIn(email);
      await b.signIn(email);
      const pairs = await inTurn(a, b, spec.path(subjects), rounds);
      console.log(
        `${name.padEnd(12)}  ${pairs.a.toFixed(1).padStart(8)}  ${pairs.b.toFixed(1).padStart(8)}  ` +
          `${pairs.ratio.toFixed(3).padStart(21)}  ${(pairs.bFaster * 100).toFixed(0).padStart(9)} %`,
      );
    }
  } finally {
    for (const app of apps.reverse()) await app.stop();
    await copy.drop();
    await generated.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
