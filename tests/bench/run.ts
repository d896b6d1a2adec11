/**
 * `npm run bench` (issue #7): the key pages and actions of the production build on a generated
 * municipality, measured with autocannon at 1 and 50 concurrent users, each beside its references
 * measured in the same run — the raw SQL the page needs (raw-sql.ts), a bare Next.js page of the
 * same HTML size and the bare page rendering the page's own markup (bare-app/) — with the SQL
 * statements per request and the JavaScript a browser downloads. Prints the table and writes it
 * to docs/performance-results.md.
 *
 *   npm run bench                       the municipality (50 schools, 25,000 pupils)
 *   npm run bench -- --scale 0.1        a tenth of it
 *   npm run bench -- --scales 0.1,1     both, with each page's growth for 10× the data
 *   npm run bench -- --quick            short runs (a smoke test of the benchmark itself)
 *   npm run bench -- --database-url <url>   any database (the demo school too)
 *   npm run bench -- --results <file>  the table written there instead (a national run's)
 *   npm run bench -- --port 3200        the first of the ports it serves on (two a scale: the
 *                                       app and an instance that logs its queries; then the
 *                                       bare reference)
 *
 * Every scale is served at once, and at one connection a page, its references and the same page
 * at the other scale are measured in turn — a slice of each, then again, ROUNDS times — so that a
 * machine whose speed drifts within a run slows them alike and their ratios, and the growth, hold
 * (docs/decisions/0034). Generated data is measured on a throwaway copy made for the run, so every
 * run starts from the same rows whatever the runs before it wrote; a given database is measured,
 * and written, as it is. BENCH_DURATION: seconds per measurement (default 10; 3 with --quick). A
 * missed target is reported, and exits 1 only with --strict. Method and its limits:
 * docs/decisions/0021.
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
import { isSchoolDay } from "@/prisma/generator/calendar";
import { ensureGeneratedDatabases } from "@/prisma/generator/database";
import {
  cliOption,
  findSubjects,
  municipalityAtScale,
  PAGES_BY_NAME,
  throwawayCopy,
  type Subjects,
} from "./data";
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
/** At one connection, each target is measured in this many slices of `duration / ROUNDS` s. */
const ROUNDS = quick ? 2 : 5;
const replays = quick ? 10 : 40;
const scales = (cliOption("--scales") ?? cliOption("--scale") ?? "1").split(",").map(Number);
const givenUrl = cliOption("--database-url") ?? process.env.BENCH_DATABASE_URL;
const resultsFile = cliOption("--results") ?? "docs/performance-results.md";
const firstPort = Number(cliOption("--port") ?? process.env.BENCH_PORT ?? 3200);
const WORK = path.resolve("tests/.tmp/bench");
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

/** One autocannon run: every answer's latency (ms), and what failed. */
type Run = { latencies: number[]; seconds: number; requests: number; errors: number };

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
  /**
   * A marker in the body that each request replaces with a number of its own, as long: a form
   * sent again with the same words is the same concern (decisions/0040), and creates nothing.
   */
  numbered?: string;
};

/** The numbers `numbered` bodies get, across every run of the process. */
let sent = 0;

function numberedBody(body: Buffer, marker: string): Buffer {
  sent += 1;
  const number = String(sent).padStart(marker.length, "0");
  if (number.length !== marker.length) throw new Error("More requests than the marker can number");
  return Buffer.from(body.toString("utf8").replace(marker, number), "utf8");
}

/**
 * autocannon. One connection runs for `seconds`. `connections` > 1 send a fixed number of
 * requests, the same on each connection — as many in all as one connection answered per second
 * (`perSecondAlone`) × `duration`, at least one each — and the run ends when every one has been
 * answered or has timed out (30 s). A run for a fixed time would end with up to `connections`
 * requests unanswered and left out of the latencies: the slowest ones, and at 50 users on a slow
 * page nearly all of them. Answers outside 2xx/3xx, or other than `expectStatus`, socket errors
 * and timeouts count as errors. The latencies are each answer's own (autocannon's histogram
 * rounds them to whole milliseconds).
 */
async function load(
  target: Target,
  connections: number,
  options: { perSecondAlone?: number; seconds?: number } = {},
): Promise<Run> {
  const perConnection = Math.max(
    1,
    Math.round(((options.perSecondAlone ?? 0) * duration) / connections),
  );
  // A page streams its 200 before a server component can fail: the failure is in the body.
  let failedBodies = 0;
  const latencies: number[] = [];
  const result = await autocannon({
    url: target.url,
    connections,
    ...(connections === 1
      ? { duration: options.seconds ?? duration }
      : { amount: perConnection * connections }),
    method: target.method ?? "GET",
    headers: target.headers,
    body: target.body,
    ...(target.numbered && target.body
      ? {
          requests: [
            {
              setupRequest: (request: autocannon.Request) => ({
                ...request,
                body: numberedBody(target.body!, target.numbered!),
              }),
            },
          ],
        }
      : {}),
    timeout: 30,
    setupClient: (client) => {
      client.on("response", (_status: number, _bytes: number, latency: number) =>
        latencies.push(latency),
      );
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
  return {
    latencies,
    seconds: result.duration,
    requests: result.requests.total,
    // `errors` includes the timeouts.
    errors: result.errors + failedStatus + failedBodies,
  };
}

/** Runs of one target taken together: percentiles over all their answers. */
function summary(runs: readonly Run[]): Load {
  const latencies = runs.flatMap((run) => run.latencies);
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  return {
    p50: percentile(latencies, 50),
    p975: percentile(latencies, 97.5),
    requestsPerSecond: seconds > 0 ? requests / seconds : 0,
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    requests,
  };
}

/** Errors an app logged ("⨯"), counted for the run that caused them. */
type ErrorCount = { logged: number };

/**
 * A run, and the errors the server logged during it (and half a second after). A failed request
 * usually shows on both sides (a failed render's digest in the body, a timeout), so the run's
 * errors are the larger of the two counts, not their sum.
 */
async function countingServerErrors(count: ErrorCount, run: () => Promise<Run>): Promise<Run> {
  const before = count.logged;
  const result = await run();
  await new Promise((resolve) => setTimeout(resolve, 500));
  return { ...result, errors: Math.max(result.errors, count.logged - before) };
}

/** One slice of a measurement taken in turn with others (inTurn). */
type Slice = () => Promise<Run>;

/** `duration / ROUNDS` seconds of one connection to `target`, its server's errors counted. */
function requestsSlice(target: Target, errors?: ErrorCount): Slice {
  const run = () => load(target, 1, { seconds: duration / ROUNDS });
  return errors ? () => countingServerErrors(errors, run) : run;
}

/** The statements replayed, `replays / ROUNDS` times (raw-sql.ts). */
function sqlSlice(databaseUrl: string, statements: readonly Statement[]): Slice {
  return async () => {
    const { times } = await replay(databaseUrl, statements, Math.ceil(replays / ROUNDS));
    return { latencies: times, seconds: 0, requests: times.length, errors: 0 };
  };
}

/**
 * The slices in turn, ROUNDS times round: at one connection a page, its raw SQL, its references
 * and the same at the other scale. Measured one after another, ten seconds each, a page and its
 * reference could differ by what the machine did in between (two runs minutes apart here differ
 * by a quarter); in turn, drift slows them alike (decisions/0034).
 */
async function inTurn(slices: readonly Slice[]): Promise<Load[]> {
  const runs = slices.map((): Run[] => []);
  for (let round = 0; round < ROUNDS; round++)
    for (const [index, slice] of slices.entries()) runs[index]!.push(await slice());
  return runs.map(summary);
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

/** A page's name as a file name: "pupil timeline (200 entries)" → "pupil-timeline-200-entries". */
const slug = (page: string) => page.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "");

/**
 * A request's statements, kept in tests/.tmp/bench/statements/ for whoever works on the page
 * next (the largest scale's as `<page>.json`, a smaller one's with its scale); the ones it sent
 * more than twice are printed (an N+1 would show there).
 */
async function keepStatements(
  stage: Stage,
  page: string,
  statements: readonly Statement[],
): Promise<void> {
  await mkdir(path.join(WORK, "statements"), { recursive: true });
  await writeFile(
    path.join(WORK, "statements", `${slug(page)}${stage.suffix}.json`),
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

/** The data of one scale (or the given database), served by its own two instances. */
type Stage = {
  label: string;
  databaseUrl: string;
  /** "" for the last (largest) scale; "-scale-0_1" for the others: in file names. */
  suffix: string;
  subjects: Subjects;
  /** The measured instance. */
  app: RunningApp;
  errors: ErrorCount;
  /** An instance that logs its statements (the log's file writes would weigh on the measured). */
  capture: RunningApp;
  queryLog: string;
  logOffset: number;
  sessions: Map<string, { measured: Session; captured: Session }>;
  rows: PageResult[];
};

type Data = { label: string; url: string; suffix: string };

/** The databases to measure: each scale's generated one (a throwaway copy), or the given one. */
async function openData(): Promise<{ data: Data[]; close(): Promise<void> }> {
  if (givenUrl)
    return {
      data: [{ label: "the given database (written to by this run)", url: givenUrl, suffix: "" }],
      close: async () => {},
    };
  for (const scale of scales) {
    const { schools, pupils } = municipalityAtScale(scale);
    console.log(`Data: ${schools} schools, ${pupils} pupils at scale ${scale} (generated, seed 1)`);
  }
  const generated = await ensureGeneratedDatabases(
    scales.map((scale) => ({
      ...municipalityAtScale(scale),
      log: (line: string) => console.log(`  ${line}`),
    })),
  );
  const copies: { url: string; drop(): Promise<void> }[] = [];
  try {
    for (const database of generated.databases)
      copies.push(await throwawayCopy(database.url, `${database.database}_run`));
  } catch (error) {
    for (const copy of copies) await copy.drop();
    await generated.stop();
    throw error;
  }
  return {
    data: scales.map((scale, index) => {
      const { schools, pupils } = municipalityAtScale(scale);
      return {
        label: `scale ${scale}: ${schools} schools, ${pupils.toLocaleString("en")} pupils (${generated.databases[index]!.database})`,
        url: copies[index]!.url,
        suffix: index === scales.length - 1 ? "" : `-scale-${String(scale).replace(".", "_")}`,
      };
    }),
    close: async () => {
      for (const copy of copies) await copy.drop();
      await generated.stop();
    },
  };
}

async function startStage(data: Data, index: number, running: RunningApp[]): Promise<Stage> {
  const subjects = await findSubjects(data.url);
  console.log(
    `Subjects (${data.label}): ${subjects.schoolName}; timeline pupil with ` +
      `${subjects.timelineEntries} entries; ${subjects.trivselsperson}, ${subjects.leader}, ` +
      `${subjects.municipal}`,
  );
  const errors: ErrorCount = { logged: 0 };
  const app = await startApp({
    port: firstPort + 2 * index,
    databaseUrl: data.url,
    onStderr: (text) => (errors.logged += text.match(/⨯/g)?.length ?? 0),
  });
  running.push(app);
  const queryLog = path.join(WORK, `queries${data.suffix}.log`);
  const capture = await startApp({
    port: firstPort + 2 * index + 1,
    databaseUrl: data.url,
    env: { TRIVSEL_QUERY_LOG: queryLog },
  });
  running.push(capture);
  const sessions = new Map<string, { measured: Session; captured: Session }>();
  for (const email of [subjects.trivselsperson, subjects.leader, subjects.municipal]) {
    const measured = new Session(app.base);
    const captured = new Session(capture.base);
    await measured.signIn(email);
    await captured.signIn(email);
    sessions.set(email, { measured, captured });
  }
  return {
    label: data.label,
    databaseUrl: data.url,
    suffix: data.suffix,
    subjects,
    app,
    errors,
    capture,
    queryLog,
    logOffset: 0,
    sessions,
    rows: [],
  };
}

/** The statements `work` makes the stage's capturing instance send. */
async function captureStatements(stage: Stage, work: () => Promise<unknown>): Promise<Statement[]> {
  stage.logOffset = (await readLogSince(stage.queryLog, stage.logOffset)).offset;
  await work();
  await new Promise((resolve) => setTimeout(resolve, 100));
  const { statements, offset } = await readLogSince(stage.queryLog, stage.logOffset);
  stage.logOffset = offset;
  return statements;
}

/** A page of PAGES_BY_NAME in one stage's data. */
type Page = { name: string; user: keyof Subjects; path: string; route: string; limitMs?: number };

function pagesOf(subjects: Subjects): Page[] {
  return Object.values(PAGES_BY_NAME).map((spec) => ({
    name: spec.title(subjects),
    user: spec.user,
    path: spec.path(subjects),
    route: spec.route,
    limitMs: spec.limitMs,
  }));
}

/** One page at one scale, ready to measure: its address, its references' and what it needs. */
type Prepared = {
  stage: Stage;
  page: Page;
  target: Target;
  bareUrl: string;
  markupUrl: string;
  statements: Statement[];
  jsKb: number;
};

async function preparePage(
  stage: Stage,
  page: Page,
  bare: RunningApp,
  routesJavaScript: readonly RouteJavaScript[],
  frameElements: number,
): Promise<Prepared> {
  const { measured, captured } = stage.sessions.get(stage.subjects[page.user] as string)!;
  const first = await measured.fetch(page.path);
  const html = await first.text();
  if (first.status !== 200) throw new Error(`${page.path} answered ${first.status}`);
  await captured.fetch(page.path); // warm the capturing instance
  const statements = await captureStatements(stage, async () => {
    const response = await captured.fetch(page.path);
    await response.text();
  });
  await keepStatements(stage, page.name, statements);
  const bytes = Buffer.byteLength(html);
  const tree = markupTree(html);
  const name = `${slug(page.name)}${stage.suffix}`;
  await writeFile(path.join(MARKUP, `${name}.json`), JSON.stringify(tree));
  const markupUrl = `${bare.base}/markup/${name}`;
  const markupHtml = await (await fetch(markupUrl)).text();
  const elements = countElements(tree);
  const bareElements = countElements(markupTree(markupHtml)) - frameElements;
  console.log(
    `  ${page.name}${stage.suffix}: ${(bytes / 1024).toFixed(0)} kB of HTML, ${elements} ` +
      `elements; the same markup bare: ${(Buffer.byteLength(markupHtml) / 1024).toFixed(0)} kB, ` +
      `${bareElements} elements`,
  );
  if (bareElements !== elements)
    throw new Error(
      `The bare page rendered ${bareElements} of ${page.name}'s ${elements} elements`,
    );
  return {
    stage,
    page,
    target: { url: `${stage.app.base}${page.path}`, headers: { cookie: measured.cookieHeader() } },
    bareUrl: `${bare.base}/?bytes=${await bareBytesFor(bare.base, bytes)}`,
    markupUrl,
    statements,
    jsKb: javascriptKb(routesJavaScript, page.route, html),
  };
}

/**
 * A page at every scale: at one connection the page, its raw SQL, its bare page and its markup at
 * each scale in turn (inTurn); then at 50 connections, one after another (what counts there is
 * that every user is answered).
 */
async function benchPage(
  stages: readonly Stage[],
  index: number,
  bare: RunningApp,
  routesJavaScript: readonly RouteJavaScript[],
  frameElements: number,
): Promise<void> {
  const prepared: Prepared[] = [];
  for (const stage of stages)
    prepared.push(
      await preparePage(
        stage,
        pagesOf(stage.subjects)[index]!,
        bare,
        routesJavaScript,
        frameElements,
      ),
    );
  console.log(`  ${prepared[0]!.page.name}: 1 connection, in turn …`);
  const alone = await inTurn(
    prepared.flatMap((one) => [
      requestsSlice(one.target, one.stage.errors),
      sqlSlice(one.stage.databaseUrl, one.statements),
      requestsSlice({ url: one.bareUrl }),
      requestsSlice({ url: one.markupUrl }),
    ]),
  );
  for (const [position, one] of prepared.entries()) {
    const [page, sql, bareLoad, markupLoad] = alone.slice(4 * position, 4 * position + 4) as [
      Load,
      Load,
      Load,
      Load,
    ];
    const row = (connections: number, measured: Load, bareP50: number, markupP50: number) =>
      one.stage.rows.push({
        page: one.page.name,
        connections,
        ...measured,
        rawSqlP50: sql.p50,
        bareP50,
        markupP50,
        queries: one.statements.length,
        jsKb: connections === 1 ? one.jsKb : null,
        limitMs: one.page.limitMs,
      });
    row(1, page, bareLoad.p50, markupLoad.p50);
    console.log(`  ${one.page.name}${one.stage.suffix}: 50 connections …`);
    const loaded = summary([
      await countingServerErrors(one.stage.errors, () =>
        load(one.target, 50, { perSecondAlone: page.requestsPerSecond }),
      ),
    ]);
    const under = (url: string, perSecondAlone: number) =>
      load({ url }, 50, { perSecondAlone }).then((run) => summary([run]).p50);
    row(
      50,
      loaded,
      await under(one.bareUrl, bareLoad.requestsPerSecond),
      await under(one.markupUrl, markupLoad.requestsPerSecond),
    );
  }
}

/**
 * "Ny bekymring" posted as the form posts it (303 and a new concern each time, each with words of
 * its own): at one connection at every scale in turn, then at 50 connections.
 */
async function benchRaiseConcern(stages: readonly Stage[]): Promise<void> {
  const prefix = "Benchmark: eleven virker trist og holder sig for sig selv i frikvartererne";
  const marker = "#########";
  const description = `${prefix} ${marker}.`;
  const prepared: {
    stage: Stage;
    target: Target;
    statements: Statement[];
    raised(): Promise<number>;
  }[] = [];
  for (const stage of stages) {
    const { subjects, app, capture } = stage;
    const { measured, captured } = stage.sessions.get(subjects.trivselsperson)!;
    const form = await concernForm(measured, subjects.timelinePupilId, description);
    if (!("form" in form)) throw new Error(`The concern form did not open (${form.status})`);
    const encoded = new Response(form.form);
    const body = Buffer.from(await encoded.arrayBuffer());
    const contentType = encoded.headers.get("content-type")!;

    const capturedForm = await concernForm(captured, subjects.timelinePupilId, description);
    if (!("form" in capturedForm)) throw new Error("The concern form did not open");
    const statements = await captureStatements(stage, async () => {
      const posted = await captured.fetch(capturedForm.path, {
        method: "POST",
        body: capturedForm.form,
        headers: { origin: capture.base },
      });
      if (posted.status !== 303) throw new Error(`Raising a concern answered ${posted.status}`);
    });
    await keepStatements(stage, "raise a concern", statements);
    prepared.push({
      stage,
      target: {
        url: `${app.base}${form.path}`,
        method: "POST",
        body,
        expectStatus: 303,
        numbered: marker,
        headers: {
          cookie: measured.cookieHeader(),
          "content-type": contentType,
          origin: app.base,
        },
      },
      statements,
      raised: () =>
        withClient(stage.databaseUrl, async (client) => {
          const { rows } = await client.query<{ count: number }>(
            `SELECT count(*)::int AS count FROM "Concern" WHERE "pupilId" = $1 AND starts_with(description, $2)`,
            [subjects.timelinePupilId, prefix],
          );
          return rows[0]!.count;
        }),
    });
  }

  // Every 303 must be a concern in the database (a one-connection run may leave one request in
  // flight at its end, which can add one more).
  const checkSaved = async (one: (typeof prepared)[number], before: number, result: Load) => {
    const saved = (await one.raised()) - before;
    const succeeded = result.requests - result.errors;
    if (saved < succeeded)
      throw new Error(`Raising a concern: ${succeeded} answers said saved, ${saved} concerns are`);
    console.log(`    ${saved} concerns saved, ${succeeded} answers said so`);
  };
  const row = (one: (typeof prepared)[number], connections: number, result: Load, sql: Load) =>
    one.stage.rows.push({
      page: "raise a concern (POST)",
      connections,
      ...result,
      rawSqlP50: sql.p50,
      bareP50: null,
      queries: one.statements.length,
      jsKb: null,
    });

  console.log("  raise a concern: 1 connection, in turn …");
  const before = await Promise.all(prepared.map((one) => one.raised()));
  const alone = await inTurn(
    prepared.flatMap((one) => [
      requestsSlice(one.target, one.stage.errors),
      sqlSlice(one.stage.databaseUrl, one.statements),
    ]),
  );
  const sql = (index: number) => alone[2 * index + 1]!;
  const posted = (index: number) => alone[2 * index]!;
  for (const [index, one] of prepared.entries()) {
    await checkSaved(one, before[index]!, posted(index));
    row(one, 1, posted(index), sql(index));
  }
  for (const [index, one] of prepared.entries()) {
    console.log(`  raise a concern${one.stage.suffix}: 50 connections …`);
    const start = await one.raised();
    const result = summary([
      await countingServerErrors(one.stage.errors, () =>
        load(one.target, 50, { perSecondAlone: posted(index).requestsPerSecond }),
      ),
    ]);
    await checkSaved(one, start, result);
    row(one, 50, result, sql(index));
  }
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
      // The school days of the generated schools' calendar: the import refuses a day without school.
      if (date.getUTCMonth() !== monthNumber - 1 || !isSchoolDay(date)) continue;
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
  await ensureBuilt();
  await ensureBareBuilt();
  await rm(WORK, { recursive: true, force: true });
  await mkdir(MARKUP, { recursive: true });
  const { data, close } = await openData();
  const running: RunningApp[] = [];
  const stages: Stage[] = [];
  try {
    for (const [index, one] of data.entries()) stages.push(await startStage(one, index, running));
    const bare = await startApp({
      port: firstPort + 2 * stages.length,
      cwd: BARE_APP,
      readyPath: "/",
      env: { BARE_MARKUP_DIR: MARKUP },
    });
    running.push(bare);
    const routesJavaScript = await measureBuild();
    // The bare page's own frame (Next.js's hidden metadata <div>) around any markup.
    await writeFile(path.join(MARKUP, "frame.json"), "[]");
    const frameElements = countElements(
      markupTree(await (await fetch(`${bare.base}/markup/frame`)).text()),
    );
    const pages = pagesOf(stages[0]!.subjects).length;
    for (let index = 0; index < pages; index++)
      await benchPage(stages, index, bare, routesJavaScript, frameElements);
    await benchRaiseConcern(stages);
    for (const stage of stages)
      stage.rows.push(
        ...(await benchImport(
          stage.app,
          stage.subjects,
          stage.sessions.get(stage.subjects.trivselsperson)!.measured,
        )),
      );
  } finally {
    for (const app of running.reverse()) await app.stop();
    await close();
  }
  await report(stages);
}

/** Prints the tables, writes the results file, and exits (1 for a missed target with --strict). */
async function report(stages: readonly Stage[]) {
  for (const { label, rows } of stages) console.log(`\n${label}\n${textTable(rows)}\n`);
  const sections = stages.map(({ label, rows }) => `### ${label}\n\n${markdownTable(rows)}\n`);
  let grown: ReturnType<typeof growth> = [];
  const [small, large] = stages;
  if (stages.length === 2 && small && large) {
    grown = growth(small.rows, large.rows);
    const lines = grown.map(
      (g) =>
        `| ${g.page} | ${g.small.toFixed(1)} | ${g.large.toFixed(1)} | ${g.factor.toFixed(2)}× | ${g.pass ? "PASS" : "FAIL"} |`,
    );
    const table = [
      "| page | p50 ms small | p50 ms large | growth | ≤ 1.3× |",
      "| --- | --- | --- | --- | --- |",
      ...lines,
    ].join("\n");
    console.log(`Growth, ${scales.join(" → ")} (measured in turn):\n${table}\n`);
    sections.push(`### Growth for 10× the data (measured in turn)\n\n${table}\n`);
  }
  const queriesChanged =
    small && large && stages.length === 2
      ? large.rows.filter((row) => {
          if (row.connections !== 1) return false;
          const before = small.rows.find((other) => other.page === row.page);
          return before && before.queries !== row.queries;
        })
      : [];
  if (stages.length === 2) {
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
      `Machine: ${machine()}. ${duration} s per measurement, at one connection in ${ROUNDS} ` +
        "slices taken in turn with the references and the other scale. Method: " +
        "docs/decisions/0021, 0034.",
      "",
      ...sections,
    ].join("\n"),
  );
  console.log(`Written to ${resultsFile}.`);
  const missed =
    stages.some(({ rows }) =>
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
