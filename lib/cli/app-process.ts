/**
 * The production app as a child process, and an HTTP client that uses it like a browser without
 * JavaScript: shared by the restart drill (drill-restart.ts) and the benchmark (tests/bench/).
 * For what only a browser shows, Chromium, signed in as a session.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { DEMO_PASSWORD } from "@/prisma/demo";
import { buildIsCurrent, markBuilt, sourceFingerprint } from "./build-fingerprint";

const nextBin = path.resolve("node_modules/.bin/next");

export function exited(child: ChildProcess): Promise<number> {
  return new Promise((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
}

/** `next build`, only when the app's sources changed since the last build. */
export async function ensureBuilt(): Promise<void> {
  const fingerprint = await sourceFingerprint();
  if (await buildIsCurrent(fingerprint)) return;
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

export type RunningApp = {
  base: string;
  process: ChildProcess;
  /** Whether the process has exited (it should not, while in use). */
  died(): boolean;
  stop(): Promise<void>;
};

/** Rejects when something already listens on 127.0.0.1:`port`. */
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", () =>
      reject(new Error(`Port ${port} is in use by another process: choose other ports`)),
    );
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}

/**
 * `next start` on 127.0.0.1:`port` against `databaseUrl`, resolved once /login answers.
 * `cwd` serves another Next.js app (the benchmark's bare reference) the same way. The port must
 * be free: otherwise another server's answer would pass for this one's while it failed to listen.
 */
export async function startApp(options: {
  port: number;
  databaseUrl?: string;
  env?: Record<string, string>;
  cwd?: string;
  readyPath?: string;
  /** Options for Node.js itself, e.g. `--cpu-prof` (which NODE_OPTIONS does not allow). */
  nodeArgs?: string[];
  /** Receives the app's error output (which is passed on to this process's too). */
  onStderr?: (text: string) => void;
}): Promise<RunningApp> {
  const base = `http://127.0.0.1:${options.port}`;
  await assertPortFree(options.port);
  const child = spawn(
    process.execPath,
    [
      ...(options.nodeArgs ?? []),
      nextBin,
      "start",
      "--port",
      String(options.port),
      "--hostname",
      "127.0.0.1",
    ],
    {
      cwd: options.cwd,
      stdio: ["ignore", "ignore", options.onStderr ? "pipe" : "inherit"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
        NEXTAUTH_SECRET: "local-process-secret-local-process-secret",
        NEXTAUTH_URL: base,
        PORT: String(options.port),
        ...options.env,
      },
    },
  );
  child.stderr?.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk);
    options.onStderr?.(chunk.toString("utf8"));
  });
  let died = false;
  child.once("exit", () => (died = true));
  for (let tries = 0; ; tries++) {
    try {
      const ready = (await fetch(`${base}${options.readyPath ?? "/login"}`)).status === 200;
      if (ready && !died) break;
    } catch {
      // not listening yet
    }
    if (tries > 120 || died) throw new Error(`The app on port ${options.port} did not start`);
    await sleep(500);
  }
  return {
    base,
    process: child,
    died: () => died,
    stop: async () => {
      if (child.exitCode !== null || died) return;
      child.kill("SIGTERM");
      await exited(child);
    },
  };
}

/** Debian's Chromium when present (as the end-to-end tests), else Playwright's own. */
export async function launchChromium() {
  const { chromium } = await import("@playwright/test");
  const debianChromium = "/usr/bin/chromium";
  return chromium.launch({
    executablePath: existsSync(debianChromium) ? debianChromium : undefined,
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
}

/** A browser's cookies, enough for next-auth and the school cookie. */
export class Session {
  private cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  /** The Cookie header this session sends (for other HTTP clients, e.g. autocannon). */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /** The same cookies for a browser's context (`context.addCookies`). */
  browserCookies(): { name: string; value: string; url: string }[] {
    return [...this.cookies].map(([name, value]) => ({ name, value, url: this.base }));
  }

  async fetch(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set("cookie", this.cookieHeader());
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

  async signIn(email: string, password = DEMO_PASSWORD): Promise<void> {
    const { csrfToken } = (await (await this.fetch("/api/auth/csrf")).json()) as {
      csrfToken: string;
    };
    const response = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    });
    if (![200, 302].includes(response.status) || !this.hasSession())
      throw new Error(`Sign-in as ${email} failed (${response.status})`);
  }

  private hasSession(): boolean {
    return [...this.cookies.keys()].some((name) => name.endsWith("next-auth.session-token"));
  }
}

/** The hidden fields React renders into a server-action form, so it can be posted without JS. */
export function actionFields(html: string): [string, string][] {
  const fields: [string, string][] = [];
  for (const match of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(match[0])?.[1];
    const value = /value="([^"]*)"/.exec(match[0])?.[1] ?? "";
    if (name?.startsWith("$ACTION")) fields.push([name, value.replaceAll("&quot;", '"')]);
  }
  return fields;
}

/**
 * The form "Ny bekymring" posts for `pupilId`, as a browser without JavaScript sends it: the
 * page's action fields and the concern's. Null when the page did not open.
 */
export async function concernForm(
  session: Session,
  pupilId: string,
  description: string,
): Promise<{ path: string; form: FormData } | { status: number; body: string }> {
  const path = `/concerns/new?pupilId=${pupilId}`;
  const page = await session.fetch(path);
  const html = await page.text();
  if (page.status !== 200) return { status: page.status, body: html };
  const form = new FormData();
  for (const [name, value] of actionFields(html)) form.append(name, value);
  form.append("pupilId", pupilId);
  form.append("categories", "SOCIAL");
  form.append("level", "YELLOW");
  form.append("description", description);
  return { path, form };
}

/** Raises a concern through the real form (303 on success). */
export async function raiseConcern(
  session: Session,
  pupilId: string,
  description: string,
): Promise<Response> {
  const prepared = await concernForm(session, pupilId, description);
  if (!("form" in prepared)) return new Response(prepared.body, { status: prepared.status });
  return session.fetch(prepared.path, {
    method: "POST",
    body: prepared.form,
    headers: { origin: session.base },
  });
}
