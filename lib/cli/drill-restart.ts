/**
 * `npm run drill:restart`: PostgreSQL restarted under load (docs/decisions/0018).
 *
 * Starts a PostgreSQL of its own (embedded, in tests/.tmp, seeded with the demo schools), the
 * production build of the app on it, signs in, and keeps a steady load of page reads (pupil pages
 * write their audit line) and writes (a concern raised through the real form, without
 * JavaScript) going. Midway it stops PostgreSQL (fast shutdown: every connection is cut) and
 * starts it again. It then checks that
 *   - no response was a 5xx page with a stack trace or a source path in it,
 *   - in a browser, a page opened while the database is away shows the app's own notice, in
 *     Danish (components/error-notice.tsx: not Next.js's English error page), and its "Prøv igen"
 *     brings the page back once the database is up again,
 *   - the app process never died and answered every request (refusals are fine while the
 *     database is away),
 *   - after the restart, without restarting the app, every page and a write work again,
 *   - no partial rows: every concern has its audit line and every audit line its concern.
 * Prints the counts and exits 1 when any check fails.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { Page } from "@playwright/test";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/db/embedded-postgres";
import { messagesFor } from "@/lib/i18n";
import {
  ensureBuilt,
  launchChromium,
  raiseConcern,
  Session,
  startApp,
  type RunningApp,
} from "./app-process";
import { runPrisma } from "./local-database";

const LOAD_BEFORE_MS = Number(process.env.DRILL_BEFORE_MS ?? 8_000);
const DOWN_MS = Number(process.env.DRILL_DOWN_MS ?? 4_000);
const LOAD_AFTER_MS = Number(process.env.DRILL_AFTER_MS ?? 10_000);
const WORKERS = Number(process.env.DRILL_WORKERS ?? 4);
const da = messagesFor("da");
const STACK_TRACE =
  /\n\s+at [^\n]*[:(]\d+:\d+|node_modules\/|\.tsx?:\d+|webpack-internal|turbopack:\/\//;

type Tally = {
  requests: number;
  ok: number;
  failedCleanly: number;
  stackTraces: number;
  appUnreachable: number;
  writesOk: number;
};

async function classify(tally: Tally, work: () => Promise<Response>, write = false) {
  tally.requests++;
  let response: Response;
  let body: string;
  try {
    response = await work();
    body = await response.text();
  } catch {
    tally.appUnreachable++;
    return;
  }
  if (STACK_TRACE.test(body)) {
    tally.stackTraces++;
    console.error(`  stack trace in a ${response.status} response:\n${body.slice(0, 2000)}`);
  } else if (response.status >= 500 || /data-error-boundary/.test(body)) tally.failedCleanly++;
  else if (response.status >= 400) tally.failedCleanly++;
  else {
    tally.ok++;
    if (write && response.status === 303) tally.writesOk++;
  }
}

/** What a person sees: the page's main heading, and whether it offers to try again. */
async function seen(page: Page): Promise<string> {
  const heading = page.getByRole("heading", { level: 1 });
  await heading
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => undefined);
  const text = (await heading.allInnerTexts()).join(" | ") || "(no heading)";
  const retry = await page.getByRole("button", { name: da.common.tryAgain }).isVisible();
  return retry ? `${text} [${da.common.tryAgain}]` : text;
}

async function main() {
  const dataDir = path.resolve("tests/.tmp", `drill-restart-${process.pid}`);
  let postgres: RunningPostgres = await startEmbeddedPostgres({ dataDir });
  const pgPort = Number(new URL(postgres.adminUrl).port);
  let app: RunningApp | null = null;
  const failures: string[] = [];
  try {
    await postgres.createDatabase("trivsel");
    const databaseUrl = postgres.urlFor("trivsel");
    process.env.DATABASE_URL = databaseUrl;
    await runPrisma(["migrate", "deploy"], databaseUrl, { quiet: true });
    const { db } = await import("@/lib/db/client");
    const { seedDemo } = await import("@/prisma/seed");
    console.log("Seeding the demo schools …");
    await seedDemo(db, { allowDemoUsersInProduction: true });

    await ensureBuilt();
    app = await startApp({
      port: Number(process.env.DRILL_PORT ?? 3510),
      databaseUrl,
    });

    const session = new Session(app.base);
    await session.signIn("trivselsperson@demoskolen.dk");
    const school = await db.school.findFirstOrThrow({ where: { name: "Demoskolen" } });
    const pupils = (
      await db.pupil.findMany({
        where: { schoolId: school.id, active: true },
        take: 30,
        select: { id: true },
      })
    ).map((pupil) => pupil.id);
    const started = new Date();

    // The form must work before the drill starts, or the drill proves nothing about writes.
    const probe = {
      requests: 0,
      ok: 0,
      failedCleanly: 0,
      stackTraces: 0,
      appUnreachable: 0,
      writesOk: 0,
    };
    const note = (when: string) => `Øvelse: genstart af databasen under belastning (${when}).`;
    await classify(probe, () => raiseConcern(session, pupils[0]!, note("før")), true);
    if (probe.writesOk !== 1)
      throw new Error("Raising a concern through the form failed before the drill");

    const pages = ["/worklist", "/concerns", "/actions", "/forum", "/classes"];
    const tally: Tally = {
      requests: 0,
      ok: 0,
      failedCleanly: 0,
      stackTraces: 0,
      appUnreachable: 0,
      writesOk: 0,
    };
    let running = true;
    let step = 0;
    const worker = async (index: number) => {
      while (running) {
        step++;
        const pupil = pupils[step % pupils.length]!;
        if (step % 5 === 0)
          await classify(tally, () => raiseConcern(session, pupil, note(`${index}-${step}`)), true);
        else if (step % 2 === 0) await classify(tally, () => session.fetch(`/pupils/${pupil}`));
        else await classify(tally, () => session.fetch(pages[step % pages.length]!));
      }
    };
    console.log(`Load: ${WORKERS} workers for ${LOAD_BEFORE_MS} ms, then PostgreSQL restarts …`);
    const workers = Array.from({ length: WORKERS }, (_, index) => worker(index));
    await sleep(LOAD_BEFORE_MS);
    const before = { ...tally };
    await postgres.stop();
    const stoppedAt = Date.now();
    console.log(`PostgreSQL stopped (after ${before.requests} requests, ${before.ok} ok).`);
    // A person opens their worklist now: the database stays away until they have seen the page.
    const browser = await launchChromium();
    const context = await browser.newContext({ locale: "da-DK" });
    await context.addCookies(session.browserCookies());
    const page = await context.newPage();
    await page.goto(`${app.base}/worklist`);
    const whileAway = await seen(page);
    await sleep(Math.max(0, DOWN_MS - (Date.now() - stoppedAt)));
    postgres = await startEmbeddedPostgres({ dataDir, port: pgPort });
    console.log("PostgreSQL started again; the app was not restarted.");
    await sleep(LOAD_AFTER_MS);
    running = false;
    await Promise.all(workers);

    // The person asks again, from the notice.
    await page
      .getByRole("button", { name: da.common.tryAgain })
      .click({ timeout: 5_000 })
      .catch(() => undefined); // no button: the check below says what the page shows
    await page
      .getByRole("heading", { level: 1, name: da.worklist.title })
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
    const afterRetry = await seen(page);
    await browser.close();

    // Recovered: every page and a write work now, with the same app process.
    const recovery = {
      requests: 0,
      ok: 0,
      failedCleanly: 0,
      stackTraces: 0,
      appUnreachable: 0,
      writesOk: 0,
    };
    for (const page of [...pages, `/pupils/${pupils[1]}`])
      await classify(recovery, () => session.fetch(page));
    await classify(recovery, () => raiseConcern(session, pupils[2]!, note("efter")), true);

    // No partial rows: a concern and its audit line land together or not at all.
    const concerns = await db.concern.findMany({
      where: { createdAt: { gte: started } },
      select: { id: true },
    });
    const audited = await db.auditLog.findMany({
      where: { action: "concern.create", at: { gte: started } },
      select: { entityId: true },
    });
    const concernIds = new Set(concerns.map((concern) => concern.id));
    const auditIds = new Set(audited.map((entry) => entry.entityId));
    const partialRows =
      [...concernIds].filter((id) => !auditIds.has(id)).length +
      [...auditIds].filter((id) => !id || !concernIds.has(id)).length;
    await db.$disconnect();

    console.log(
      [
        "",
        "Drill: PostgreSQL restarted under load",
        `  requests                    ${tally.requests}`,
        `  ok                          ${tally.ok} (of which writes ${tally.writesOk})`,
        `  failed cleanly              ${tally.failedCleanly}`,
        `  5xx with a stack trace      ${tally.stackTraces}`,
        `  app unreachable             ${tally.appUnreachable}`,
        `  in a browser, while away    ${whileAway}`,
        `${`  … after "${da.common.tryAgain}"`.padEnd(30)}${afterRetry}`,
        `  partial rows                ${partialRows} (${concernIds.size} concerns raised, ${auditIds.size} audit lines)`,
        `  after the restart           ${recovery.ok}/${recovery.requests} ok, write ${recovery.writesOk === 1 ? "ok" : "FAILED"}`,
        "",
      ].join("\n"),
    );
    if (tally.stackTraces + recovery.stackTraces > 0)
      failures.push("a response showed a stack trace");
    if (tally.appUnreachable + recovery.appUnreachable > 0 || app.died())
      failures.push("the app stopped answering");
    if (partialRows > 0) failures.push("partial rows");
    if (whileAway !== `${da.common.errorTitle} [${da.common.tryAgain}]`)
      failures.push("the page opened while the database was away did not show the app's notice");
    if (afterRetry !== da.worklist.title)
      failures.push(`"${da.common.tryAgain}" did not bring the page back`);
    if (recovery.ok !== recovery.requests || recovery.writesOk !== 1)
      failures.push("the app did not recover after the restart");
    if (tally.failedCleanly === 0)
      failures.push("no request failed: the restart was not under load");
  } finally {
    await app?.stop();
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  if (failures.length > 0) {
    console.error(`FAILED: ${failures.join("; ")}`);
    process.exit(1);
  }
  console.log("Passed.");
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
