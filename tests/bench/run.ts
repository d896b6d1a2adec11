/**
 * `npm run bench` (issue #7): the key pages and actions of the production build on a generated
 * municipality, measured with autocannon at 1 and 50 concurrent users, each beside its two
 * references measured in the same run — the raw SQL the page needs (raw-sql.ts) and a bare
 * Next.js page of the same HTML size (bare-app/) — with the SQL statements per request and the
 * JavaScript a browser downloads. Prints the table and writes it to docs/performance-results.md.
 *
 *   npm run bench                       the municipality (50 schools, 25,000 pupils)
 *   npm run bench -- --scale 0.1        a tenth of it
 *   npm run bench -- --scales 0.1,1     both, with each page's growth for 10× the data
 *   npm run bench -- --quick            short runs (a smoke test of the benchmark itself)
 *   npm run bench -- --database-url <url>   any database (the demo school too)
 *   npm run bench -- --results <file>  the table written there instead (a national run's)
 *   npm run bench -- --port 3200        the first of the three ports it serves on (app, the
 *                                       instance that logs its queries, the bare reference)
 *
 * Generated data is measured on a throwaway copy made for the run, so every run starts from the
 * same rows whatever the runs before it wrote; a given database is measured, and written, as it
 * is. BENCH_DURATION: seconds per measurement (default 10; 3 with --quick). A missed target is
 * reported, and exits 1 only with --strict. Method and its limits: docs/decisions/0021.
 */
import { existsSync, statSync } from "node:fs";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { execFileSync, spawn } from "node:child_process";
import autocannon from "autocannon";
import {
  concernForm,
  ensureBuilt,
  exited,
  Session,
  startApp,
  type RunningApp,
} from "@/lib/cli/app-process";
import { withClient } from "@/lib/cli/backup";
import { ensureGeneratedDatabase } from "@/prisma/generator/database";
import { cliOption, findSubjects, municipalityAtScale, throwawayCopy, type Subjects } from "./data";
import { countElements, markupTree } from "./markup";
import { readLogSince, repeatedStatements, replay, type Statement } from "./raw-sql";
import { measureBuild, uncountedScripts, type RouteJavaScript } from "./route-javascript";
import {
  benchCommand,
  growth,
  markdownTable,
  percentile,
  textTable,
  verdicts,
  type PageResult,
} from "./report";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const strict = args.includes("--strict");
const duration = Number(process.env.BENCH_DURATION ?? (quick ? 3 : 10));
const replays = quick ? 10 : 40;
const scales = (cliOption("--scales") ?? cliOption("--scale") ?? "1").split(",").map(Number);
const givenUrl = cliOption("--database-url") ?? process.env.BENCH_DATABASE_URL;
const resultsFile = cliOption("--results") ?? "docs/performance-results.md";
const firstPort = Number(cliOption("--port") ?? process.env.BENCH_PORT ?? 3200);
const WORK = path.resolve("tests/.tmp/bench");
const QUERY_LOG = path.join(WORK, "queries.log");
/** The measured pages' markup, as element trees the bare app renders (markup.ts). */
const MARKUP = path.join(WORK, "markup");
const BARE_APP = path.resolve("tests/bench/bare-app");
const nextBin = path.resolve("node_modules/.bin/next");

/** The bare app's sources: a build older than any of them is built again. */
async function bareSourcesChangedSince(time: number): Promise<boolean> {
  const entries = await readdir(BARE_APP, { recursive: true, withFileTypes: true });
  return entries.some(
    (entry) =>
      entry.isFile() &&
      !path.join(entry.parentPath, entry.name).includes(`${path.sep}.next`) &&
      /\.(tsx?|js|json)$/.test(entry.name) &&
      statSync(path.join(entry.parentPath, entry.name)).mtimeMs > time,
  );
}

async function ensureBareBuilt(): Promise<void> {
  const buildId = path.join(BARE_APP, ".next", "BUILD_ID");
  if (existsSync(buildId) && !(await bareSourcesChangedSince(statSync(buildId).mtimeMs))) return;
  console.log("Building the bare reference app …");
  const code = await exited(
    spawn(nextBin, ["build"], {
      cwd: BARE_APP,
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production" },
    }),
  );
  if (code !== 0) throw new Error(`next build of the bare app failed (exit ${code})`);
}

/** The digest Next.js sends in place of a server component that threw. */
const FAILED_RENDER = /digest\\?":\\?"/;

type Load = {
  p50: number;
  p975: number;
  requestsPerSecond: number;
  errors: number;
  requests: number;
};

type Target = {
  url: string;
  headers?: Record<string, string>;
  method?: "GET" | "POST";
  body?: Buffer;
  /** Any other status is an error (a form answering 200 re-rendered itself instead of saving). */
  expectStatus?: number;
};

/**
 * autocannon. One connection runs for `duration` seconds. `connections` > 1 send a fixed number
 * of requests, the same on each connection — as many in all as one connection answered per
 * second (`perSecondAlone`) × `duration`, at least one each — and the run ends when every one
 * has been answered or has timed out (30 s). A run for a fixed time would end with up to
 * `connections` requests unanswered and left out of the latencies: the slowest ones, and at
 * 50 users on a slow page nearly all of them. Answers outside 2xx/3xx, or other than
 * `expectStatus`, socket errors and timeouts count as errors.
 */
async function load(target: Target, connections: number, perSecondAlone = 0): Promise<Load> {
  const perConnection = Math.max(1, Math.round((perSecondAlone * duration) / connections));
  // A page streams its 200 before a server component can fail: the failure is in the body.
  let failedBodies = 0;
  const result = await autocannon({
    url: target.url,
    connections,
    ...(connections === 1 ? { duration } : { amount: perConnection * connections }),
    method: target.method ?? "GET",
    headers: target.headers,
    body: target.body,
    timeout: 30,
    setupClient: (client) => {
      client.on("body", (body: Buffer) => {
        if (FAILED_RENDER.test(body.toString("utf8"))) failedBodies++;
      });
    },
  });
  const failedStatus = Object.entries(result.statusCodeStats ?? {})
    .filter(([status]) =>
      target.expectStatus ? Number(status) !== target.expectStatus : Number(status) >= 400,
    )
    .reduce((sum, [, stats]) => sum + (stats as { count: number }).count, 0);
  const answered = result.requests.total > 0;
  return {
    p50: answered ? result.latency.p50 : Number.NaN,
    p975: answered ? result.latency.p97_5 : Number.NaN,
    requestsPerSecond: result.requests.total / result.duration,
    // `errors` includes the timeouts.
    errors: result.errors + failedStatus + failedBodies,
    requests: result.requests.total,
  };
}

/**
 * The page's JavaScript as the build's manifests count it for its route (route-javascript.ts,
 * shared with `npm run bench:js`), checked against the scripts its HTML loads: a script the
 * manifests missed would make the figure too small, so it stops the run instead.
 */
function javascriptKb(routes: readonly RouteJavaScript[], route: string, html: string): number {
  const measured = routes.find((candidate) => candidate.route === route);
  if (!measured) throw new Error(`The build has no route ${route}`);
  const missed = uncountedScripts(html, measured);
  if (missed.length > 0)
    throw new Error(`${route} loads scripts its manifests did not count: ${missed.join(", ")}`);
  return measured.kb;
}

/** Errors the measured app logged ("⨯"), counted for the run that caused them. */
let serverErrors = 0;

/**
 * A run, and the errors the server logged during it (and half a second after). A failed request
 * usually shows on both sides (a failed render's digest in the body, a timeout), so the run's
 * errors are the larger of the two counts, not their sum.
 */
async function countingServerErrors(run: () => Promise<Load>): Promise<Load> {
  const before = serverErrors;
  const result = await run();
  await new Promise((resolve) => setTimeout(resolve, 500));
  return { ...result, errors: Math.max(result.errors, serverErrors - before) };
}

/** A page's name as a file name: "pupil timeline (200 entries)" → "pupil-timeline-200-entries". */
const slug = (page: string) => page.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "");

/**
 * A request's statements, kept in tests/.tmp/bench/statements/ for whoever works on the page
 * next; the ones it sent more than twice are printed (an N+1 would show there).
 */
async function keepStatements(page: string, statements: readonly Statement[]): Promise<void> {
  const name = slug(page);
  await mkdir(path.join(WORK, "statements"), { recursive: true });
  await writeFile(
    path.join(WORK, "statements", `${name}.json`),
    `${JSON.stringify(statements, null, 2)}\n`,
  );
  for (const { sql, times } of repeatedStatements(statements))
    console.log(
      `    ${page}: ${times}× in one request: ${sql.replace(/\s+/g, " ").slice(0, 90)} …`,
    );
}

/**
 * The `?bytes=` that makes the bare page's HTML `target` bytes long: its text appears twice in
 * the HTML (rendered, and again in the inline React payload), beside a fixed frame, so it is
 * calibrated on two sizes rather than assumed.
 */
async function bareBytesFor(base: string, target: number): Promise<number> {
  const size = async (bytes: number) =>
    Buffer.byteLength(await (await fetch(`${base}/?bytes=${bytes}`)).text());
  const empty = await size(0);
  const perByte = ((await size(10_000)) - empty) / 10_000;
  return Math.max(0, Math.round((target - empty) / perByte));
}

type PageSpec = {
  name: string;
  user: keyof Subjects;
  path: string;
  /** The route the path is an instance of, as the build names it: `/pupils/[id]`. */
  route: string;
  limitMs?: number;
};

async function benchScale(scale: number): Promise<{ label: string; rows: PageResult[] }> {
  const municipality = municipalityAtScale(scale);
  const { schools, pupils: pupilCount } = municipality;
  let stopDatabase = async () => {};
  let databaseUrl = givenUrl;
  let label = "the given database (written to by this run)";
  if (!databaseUrl) {
    console.log(`Data: ${schools} schools, ${pupilCount} pupils (generated, seed 1) …`);
    const generated = await ensureGeneratedDatabase({
      ...municipality,
      log: (line) => console.log(`  ${line}`),
    });
    const copy = await throwawayCopy(generated.url, `${generated.database}_run`);
    databaseUrl = copy.url;
    stopDatabase = async () => {
      await copy.drop();
      await generated.stop();
    };
    label = `scale ${scale}: ${schools} schools, ${pupilCount.toLocaleString("en")} pupils (${generated.database})`;
  }

  const apps: RunningApp[] = [];
  try {
    await ensureBuilt();
    await ensureBareBuilt();
    await rm(WORK, { recursive: true, force: true });
    await mkdir(WORK, { recursive: true });
    const subjects = await findSubjects(databaseUrl);
    console.log(
      `Subjects: ${subjects.schoolName}; timeline pupil with ${subjects.timelineEntries} entries; ` +
        `${subjects.trivselsperson}, ${subjects.leader}, ${subjects.municipal}`,
    );
    // One instance measured, one that logs its statements (the log's file writes would weigh on
    // the measured one), and the bare reference.
    const app = await startApp({
      port: firstPort,
      databaseUrl,
      onStderr: (text) => (serverErrors += text.match(/⨯/g)?.length ?? 0),
    });
    apps.push(app);
    const capture = await startApp({
      port: firstPort + 1,
      databaseUrl,
      env: { TRIVSEL_QUERY_LOG: QUERY_LOG },
    });
    apps.push(capture);
    await mkdir(MARKUP, { recursive: true });
    const bare = await startApp({
      port: firstPort + 2,
      cwd: BARE_APP,
      readyPath: "/",
      env: { BARE_MARKUP_DIR: MARKUP },
    });
    apps.push(bare);

    const sessions = new Map<string, { measured: Session; captured: Session }>();
    for (const email of [subjects.trivselsperson, subjects.leader, subjects.municipal]) {
      const measured = new Session(app.base);
      const captured = new Session(capture.base);
      await measured.signIn(email);
      await captured.signIn(email);
      sessions.set(email, { measured, captured });
    }

    const pages: PageSpec[] = [
      { name: "worklist", user: "trivselsperson", path: "/worklist", route: "/worklist" },
      {
        name: `pupil timeline (${subjects.timelineEntries} entries)`,
        user: "trivselsperson",
        path: `/pupils/${subjects.timelinePupilId}`,
        route: "/pupils/[id]",
      },
      {
        name: "forum meeting",
        user: "trivselsperson",
        path: `/forum/${subjects.meetingId}`,
        route: "/forum/[id]",
      },
      {
        name: "leadership dashboard",
        user: "leader",
        path: "/dashboard",
        route: "/dashboard",
        limitMs: 100,
      },
      {
        name: "municipality dashboard",
        user: "municipal",
        path: "/municipality",
        route: "/municipality",
        limitMs: 100,
      },
    ];
    const routesJavaScript = await measureBuild();

    let logOffset = 0;
    const captureStatements = async (work: () => Promise<unknown>): Promise<Statement[]> => {
      logOffset = (await readLogSince(QUERY_LOG, logOffset)).offset;
      await work();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const { statements, offset } = await readLogSince(QUERY_LOG, logOffset);
      logOffset = offset;
      return statements;
    };

    // The bare page's own frame (Next.js's hidden metadata <div>) around any markup.
    await writeFile(path.join(MARKUP, "frame.json"), "[]");
    const frameElements = countElements(
      markupTree(await (await fetch(`${bare.base}/markup/frame`)).text()),
    );
    const rows: PageResult[] = [];
    for (const page of pages) {
      const { measured, captured } = sessions.get(subjects[page.user] as string)!;
      const first = await measured.fetch(page.path);
      const html = await first.text();
      if (first.status !== 200) throw new Error(`${page.path} answered ${first.status}`);
      await captured.fetch(page.path); // warm the capturing instance
      const statements = await captureStatements(async () => {
        const response = await captured.fetch(page.path);
        await response.text();
      });
      await keepStatements(page.name, statements);
      const sql = await replay(databaseUrl, statements, replays);
      const jsKb = javascriptKb(routesJavaScript, page.route, html);
      const bytes = Buffer.byteLength(html);
      const bareUrl = `${bare.base}/?bytes=${await bareBytesFor(bare.base, bytes)}`;
      const tree = markupTree(html);
      await writeFile(path.join(MARKUP, `${slug(page.name)}.json`), JSON.stringify(tree));
      const markupUrl = `${bare.base}/markup/${slug(page.name)}`;
      const markupHtml = await (await fetch(markupUrl)).text();
      const elements = countElements(tree);
      const bareElements = countElements(markupTree(markupHtml)) - frameElements;
      console.log(
        `  ${page.name}: ${(bytes / 1024).toFixed(0)} kB of HTML, ${elements} elements; the same ` +
          `markup bare: ${(Buffer.byteLength(markupHtml) / 1024).toFixed(0)} kB, ${bareElements} elements`,
      );
      if (bareElements !== elements)
        throw new Error(
          `The bare page rendered ${bareElements} of ${page.name}'s ${elements} elements`,
        );
      const alone = { page: 0, bare: 0, markup: 0 };
      for (const connections of [1, 50]) {
        console.log(`  ${page.name}: ${connections} connection(s) …`);
        const measuredLoad = await countingServerErrors(() =>
          load(
            { url: `${app.base}${page.path}`, headers: { cookie: measured.cookieHeader() } },
            connections,
            alone.page,
          ),
        );
        const bareLoad = await load({ url: bareUrl }, connections, alone.bare);
        const markupLoad = await load({ url: markupUrl }, connections, alone.markup);
        if (connections === 1) {
          alone.page = measuredLoad.requestsPerSecond;
          alone.bare = bareLoad.requestsPerSecond;
          alone.markup = markupLoad.requestsPerSecond;
        }
        rows.push({
          page: page.name,
          connections,
          ...measuredLoad,
          rawSqlP50: sql.p50,
          bareP50: bareLoad.p50,
          markupP50: markupLoad.p50,
          queries: statements.length,
          jsKb: connections === 1 ? jsKb : null,
          limitMs: page.limitMs,
        });
      }
    }

    rows.push(...(await benchRaiseConcern(app, capture, databaseUrl, subjects, sessions)));
    rows.push(
      ...(await benchImport(app, subjects, sessions.get(subjects.trivselsperson)!.measured)),
    );
    return { label, rows };
  } finally {
    for (const running of apps.reverse()) await running.stop();
    await stopDatabase();
  }
}

/** "Ny bekymring" posted as the form posts it (303 and a new concern each time). */
async function benchRaiseConcern(
  app: RunningApp,
  capture: RunningApp,
  databaseUrl: string,
  subjects: Subjects,
  sessions: Map<string, { measured: Session; captured: Session }>,
): Promise<PageResult[]> {
  const { measured, captured } = sessions.get(subjects.trivselsperson)!;
  const description = "Benchmark: eleven virker trist og holder sig for sig selv i frikvartererne.";
  const form = await concernForm(measured, subjects.timelinePupilId, description);
  if (!("form" in form)) throw new Error(`The concern form did not open (${form.status})`);
  const encoded = new Response(form.form);
  const body = Buffer.from(await encoded.arrayBuffer());
  const contentType = encoded.headers.get("content-type")!;

  const capturedForm = await concernForm(captured, subjects.timelinePupilId, description);
  if (!("form" in capturedForm)) throw new Error("The concern form did not open");
  let offset = (await readLogSince(QUERY_LOG, 0)).offset;
  const posted = await captured.fetch(capturedForm.path, {
    method: "POST",
    body: capturedForm.form,
    headers: { origin: capture.base },
  });
  if (posted.status !== 303) throw new Error(`Raising a concern answered ${posted.status}`);
  await new Promise((resolve) => setTimeout(resolve, 100));
  const logged = await readLogSince(QUERY_LOG, offset);
  offset = logged.offset;
  await keepStatements("raise a concern", logged.statements);
  const sql = await replay(databaseUrl, logged.statements, replays);

  const raised = () =>
    withClient(databaseUrl, async (client) => {
      const { rows } = await client.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM "Concern" WHERE "pupilId" = $1 AND description = $2`,
        [subjects.timelinePupilId, description],
      );
      return rows[0]!.count;
    });
  const rows: PageResult[] = [];
  let alone = 0;
  for (const connections of [1, 50]) {
    console.log(`  raise a concern: ${connections} connection(s) …`);
    const before = await raised();
    const result = await countingServerErrors(() =>
      load(
        {
          url: `${app.base}${form.path}`,
          method: "POST",
          body,
          expectStatus: 303,
          headers: {
            cookie: measured.cookieHeader(),
            "content-type": contentType,
            origin: app.base,
          },
        },
        connections,
        alone,
      ),
    );
    if (connections === 1) alone = result.requestsPerSecond;
    // Every 303 must be a concern in the database (the one-connection run may leave one request
    // in flight at its end, which can add one more).
    const saved = (await raised()) - before;
    const succeeded = result.requests - result.errors;
    if (saved < succeeded)
      throw new Error(`Raising a concern: ${succeeded} answers said saved, ${saved} concerns are`);
    console.log(`    ${saved} concerns saved, ${succeeded} answers said so`);
    rows.push({
      page: "raise a concern (POST)",
      connections,
      ...result,
      rawSqlP50: sql.p50,
      bareP50: null,
      queries: logged.statements.length,
      jsKb: null,
    });
  }
  return rows;
}

/**
 * The absence import of one school's month, as the import page sends it: check, then import
 * the checked file. Months before the generated year, with kinds drawn anew each run, so each
 * import writes; then the same file again, which must change nothing.
 */
async function benchImport(
  app: RunningApp,
  subjects: Subjects,
  session: Session,
): Promise<PageResult[]> {
  const kinds = ["sygdom", "sygdom", "sygdom", "lovligt", "ulovligt"];
  const runSeed = Date.now();
  const months = quick ? ["2025-09"] : ["2025-09", "2025-10", "2025-11"];
  const times: number[] = [];
  let rowsPerFile = 0;
  let lastFile = "";
  const post = async (text: string, query: string) => {
    const response = await session.fetch(`/api/absence/import?${query}`, {
      method: "POST",
      body: text,
      headers: { origin: app.base, "content-type": "text/csv", "x-file-name": "bench.csv" },
    });
    const lines = (await response.text()).trim().split("\n");
    const last = JSON.parse(lines.at(-1)!) as {
      type: string;
      report?: { fileHash: string; newDays: number; changedDays: number; alreadyImported: boolean };
      message?: string;
    };
    if (last.type !== "report") throw new Error(`Import ${query}: ${last.message ?? last.type}`);
    return last.report!;
  };
  const importFile = async (text: string) => {
    const started = performance.now();
    const checked = await post(text, "mode=check");
    const imported = await post(text, `mode=import&hash=${checked.fileHash}`);
    times.push(performance.now() - started);
    return imported;
  };
  for (const month of months) {
    const lines = ["elev-id;dato;fraværstype"];
    const [year, monthNumber] = month.split("-").map(Number) as [number, number];
    for (let day = 1; day <= 31; day++) {
      const date = new Date(Date.UTC(year, monthNumber - 1, day));
      if (date.getUTCMonth() !== monthNumber - 1 || [0, 6].includes(date.getUTCDay())) continue;
      subjects.externalIds.forEach((externalId, index) => {
        // About one pupil-day in twelve: a real month's absence (≈ 8 %).
        const draw = (index * 7919 + day * 104729 + runSeed) % 12;
        if (draw !== 0) return;
        const kind = kinds[(index + day + runSeed) % kinds.length]!;
        lines.push(
          `${externalId};${String(day).padStart(2, "0")}-${String(monthNumber).padStart(2, "0")}-${year};${kind}`,
        );
      });
    }
    lastFile = `${lines.join("\n")}\n`;
    rowsPerFile = lines.length - 1;
    console.log(`  absence import: ${month}, ${rowsPerFile} rows …`);
    await importFile(lastFile);
  }
  const again = await importFile(lastFile);
  if (again.newDays + again.changedDays !== 0)
    throw new Error("Importing the same file again changed absence days");
  return [
    {
      page: `absence import, a school's month (${rowsPerFile} rows)`,
      connections: 1,
      p50: percentile(times, 50),
      p975: percentile(times, 97.5),
      requestsPerSecond: 1000 / percentile(times, 50),
      rowsPerSecond: (rowsPerFile * 1000) / percentile(times, 50),
      errors: 0,
      requests: times.length,
      rawSqlP50: null,
      bareP50: null,
      queries: null,
      jsKb: null,
    },
  ];
}

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

function commit(): string {
  try {
    return execFileSync("git", ["describe", "--always", "--dirty"]).toString().trim();
  } catch {
    return "unknown";
  }
}

async function main() {
  const results: { scale: number; label: string; rows: PageResult[] }[] = [];
  for (const scale of scales) {
    const { label, rows } = await benchScale(scale);
    results.push({ scale, label, rows });
    console.log(`\n${label}\n${textTable(rows)}\n`);
  }
  const sections = results.map(({ label, rows }) => `### ${label}\n\n${markdownTable(rows)}\n`);
  let grown: ReturnType<typeof growth> = [];
  if (results.length === 2) {
    grown = growth(results[0]!.rows, results[1]!.rows);
    const lines = grown.map(
      (g) =>
        `| ${g.page} | ${g.small.toFixed(1)} | ${g.large.toFixed(1)} | ${g.factor.toFixed(2)}× | ${g.pass ? "PASS" : "FAIL"} |`,
    );
    const table = [
      "| page | p50 ms small | p50 ms large | growth | ≤ 1.3× |",
      "| --- | --- | --- | --- | --- |",
      ...lines,
    ].join("\n");
    console.log(`Growth, ${scales.join(" → ")}:\n${table}\n`);
    sections.push(`### Growth for 10× the data\n\n${table}\n`);
  }
  const queriesChanged =
    results.length === 2
      ? results[1]!.rows.filter((row) => {
          if (row.connections !== 1) return false;
          const before = results[0]!.rows.find((other) => other.page === row.page);
          return before && before.queries !== row.queries;
        })
      : [];
  if (results.length === 2) {
    const verdict =
      queriesChanged.length === 0
        ? "Statements per request: the same at both scales (no N+1)."
        : `Statements per request changed with the data: ${queriesChanged.map((row) => row.page).join(", ")}.`;
    console.log(verdict);
    sections.push(`${verdict}\n`);
  }

  await writeFile(
    resultsFile,
    [
      "# Benchmark results",
      "",
      `Written by \`${benchCommand(args)}\` on ${new Date().toISOString()}, commit ${commit()}.`,
      `Machine: ${machine()}. ${duration} s per measurement. Method: docs/decisions/0021.`,
      "",
      ...sections,
    ].join("\n"),
  );
  console.log(`Written to ${resultsFile}.`);
  const missed =
    results.some(({ rows }) =>
      rows.some((row) => row.errors > 0 || verdicts(row).some((verdict) => !verdict.pass)),
    ) ||
    grown.some((g) => !g.pass) ||
    queriesChanged.length > 0;
  process.exit(strict && missed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
