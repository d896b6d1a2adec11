/**
 * `npm run drill:restart`: PostgreSQL restarted under load (docs/decisions/0018).
 *
 * Starts a PostgreSQL of its own (embedded, in tests/.tmp, seeded with the demo schools), the
 * production build of the app on it, signs in, and keeps a steady load of page reads (pupil pages
 * write their audit line) and writes (a concern raised through the real form, without
 * JavaScript) going. Midway it stops PostgreSQL (fast shutdown: every connection is cut) and
 * starts it again. It then checks that
 *   - no response was a 5xx page with a stack trace or a source path in it,
 *   - the app process never died and answered every request (refusals are fine while the
 *     database is away),
 *   - after the restart, without restarting the app, every page and a write work again,
 *   - no partial rows: every concern has its audit line and every audit line its concern.
 * Prints the counts and exits 1 when any check fails.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/db/embedded-postgres";
import { DEMO_PASSWORD } from "@/prisma/demo";
import { buildIsCurrent, markBuilt, sourceFingerprint } from "./build-fingerprint";
import { runPrisma } from "./local-database";

const LOAD_BEFORE_MS = Number(process.env.DRILL_BEFORE_MS ?? 8_000);
const DOWN_MS = Number(process.env.DRILL_DOWN_MS ?? 4_000);
const LOAD_AFTER_MS = Number(process.env.DRILL_AFTER_MS ?? 10_000);
const WORKERS = Number(process.env.DRILL_WORKERS ?? 4);
const nextBin = path.resolve("node_modules/.bin/next");
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

function exited(child: ChildProcess): Promise<number> {
  return new Promise((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
}

/** A browser's cookies, enough for next-auth and the school cookie. */
class Session {
  private cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  async fetch(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set("cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await fetch(this.base + pathname, {
      ...init,
      headers,
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, index), pair!.slice(index + 1));
    }
    return response;
  }

  async signIn(email: string): Promise<void> {
    const { csrfToken } = (await (await this.fetch("/api/auth/csrf")).json()) as {
      csrfToken: string;
    };
    const response = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true" }),
    });
    if (![200, 302].includes(response.status) || !this.hasSession())
      throw new Error(`Sign-in as ${email} failed (${response.status})`);
  }

  private hasSession(): boolean {
    return [...this.cookies.keys()].some((name) => name.endsWith("next-auth.session-token"));
  }
}

/** The hidden fields React renders into a server-action form, so it can be posted without JS. */
function actionFields(html: string): [string, string][] {
  const fields: [string, string][] = [];
  for (const match of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(match[0])?.[1];
    const value = /value="([^"]*)"/.exec(match[0])?.[1] ?? "";
    if (name?.startsWith("$ACTION")) fields.push([name, value.replaceAll("&quot;", '"')]);
  }
  return fields;
}

async function raiseConcern(session: Session, pupilId: string, note: string): Promise<Response> {
  const page = await session.fetch(`/concerns/new?pupilId=${pupilId}`);
  const html = await page.text();
  if (page.status !== 200) return new Response(html, { status: page.status });
  const form = new FormData();
  for (const [name, value] of actionFields(html)) form.append(name, value);
  form.append("pupilId", pupilId);
  form.append("categories", "SOCIAL");
  form.append("level", "YELLOW");
  form.append("description", `Øvelse: genstart af databasen under belastning (${note}).`);
  return session.fetch(`/concerns/new?pupilId=${pupilId}`, {
    method: "POST",
    body: form,
    headers: { origin: session.base },
  });
}

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

async function main() {
  const dataDir = path.resolve("tests/.tmp", `drill-restart-${process.pid}`);
  let postgres: RunningPostgres = await startEmbeddedPostgres({ dataDir });
  const pgPort = Number(new URL(postgres.adminUrl).port);
  let app: ChildProcess | null = null;
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

    const fingerprint = await sourceFingerprint();
    if (!(await buildIsCurrent(fingerprint))) {
      console.log("Building the app …");
      const code = await exited(
        spawn(nextBin, ["build"], {
          stdio: "inherit",
          env: { ...process.env, NODE_ENV: "production" },
        }),
      );
      if (code !== 0) throw new Error(`next build failed (exit ${code})`);
      await markBuilt(fingerprint);
    }

    const appPort = Number(process.env.DRILL_PORT ?? 3510);
    const base = `http://127.0.0.1:${appPort}`;
    app = spawn(nextBin, ["start", "--port", String(appPort), "--hostname", "127.0.0.1"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: "drill-secret-drill-secret-drill-secret",
        NEXTAUTH_URL: base,
        PORT: String(appPort),
      },
    });
    let appDied = false;
    app.once("exit", () => (appDied = true));
    for (let tries = 0; ; tries++) {
      try {
        if ((await fetch(`${base}/login`)).status === 200) break;
      } catch {
        // not listening yet
      }
      if (tries > 120 || appDied) throw new Error("The app did not start");
      await sleep(500);
    }

    const session = new Session(base);
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
    await classify(probe, () => raiseConcern(session, pupils[0]!, "før"), true);
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
          await classify(tally, () => raiseConcern(session, pupil, `${index}-${step}`), true);
        else if (step % 2 === 0) await classify(tally, () => session.fetch(`/pupils/${pupil}`));
        else await classify(tally, () => session.fetch(pages[step % pages.length]!));
      }
    };
    console.log(`Load: ${WORKERS} workers for ${LOAD_BEFORE_MS} ms, then PostgreSQL restarts …`);
    const workers = Array.from({ length: WORKERS }, (_, index) => worker(index));
    await sleep(LOAD_BEFORE_MS);
    const before = { ...tally };
    await postgres.stop();
    console.log(`PostgreSQL stopped (after ${before.requests} requests, ${before.ok} ok).`);
    await sleep(DOWN_MS);
    postgres = await startEmbeddedPostgres({ dataDir, port: pgPort });
    console.log("PostgreSQL started again; the app was not restarted.");
    await sleep(LOAD_AFTER_MS);
    running = false;
    await Promise.all(workers);

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
    await classify(recovery, () => raiseConcern(session, pupils[2]!, "efter"), true);

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
        `  partial rows                ${partialRows} (${concernIds.size} concerns raised, ${auditIds.size} audit lines)`,
        `  after the restart           ${recovery.ok}/${recovery.requests} ok, write ${recovery.writesOk === 1 ? "ok" : "FAILED"}`,
        "",
      ].join("\n"),
    );
    if (tally.stackTraces + recovery.stackTraces > 0)
      failures.push("a response showed a stack trace");
    if (tally.appUnreachable + recovery.appUnreachable > 0 || appDied)
      failures.push("the app stopped answering");
    if (partialRows > 0) failures.push("partial rows");
    if (recovery.ok !== recovery.requests || recovery.writesOk !== 1)
      failures.push("the app did not recover after the restart");
    if (tally.failedCleanly === 0)
      failures.push("no request failed: the restart was not under load");
  } finally {
    if (app && app.exitCode === null) {
      app.kill("SIGTERM");
      await exited(app);
    }
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
