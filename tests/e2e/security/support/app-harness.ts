/**
 * What the authorization and leakage specs need beside a browser: the e2e database (the embedded
 * PostgreSQL that `npm start` runs for the tests, tests/.tmp/e2e), a signed-in HTTP client per
 * demo user, and server actions called the way a browser calls them — a POST with the
 * `Next-Action` header and React's multipart encoding of the action's arguments.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  type APIRequestContext,
  type Browser,
  request as playwrightRequest,
} from "@playwright/test";
import pg from "pg";
import { DEMO_PASSWORD } from "@/prisma/demo";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://localhost:${E2E_PORT}`;

/** The e2e database, with the password the start script generated for it. */
export async function connectE2eDatabase(): Promise<pg.Client> {
  const dataDir = path.resolve("tests/.tmp/e2e/postgres");
  const password = readFileSync(path.join(dataDir, "postgres-password"), "utf8").trim();
  const client = new pg.Client({
    host: "127.0.0.1",
    port: E2E_PORT + 1000,
    user: "trivsel",
    password,
    database: "trivsel",
  });
  await client.connect();
  return client;
}

/**
 * A fingerprint of every table but the audit trail: any insert, update or delete anywhere changes
 * it. Refused requests must leave it as it was (their DENIED audit rows are checked apart).
 */
export async function fingerprint(db: pg.Client): Promise<Record<string, string>> {
  const { rows: tables } = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
        AND table_name NOT IN ('AuditLog', '_prisma_migrations')
      ORDER BY table_name`,
  );
  const parts = tables.map(
    ({ name }) =>
      `SELECT '${name}' AS name, count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS hash FROM "${name}" t`,
  );
  const { rows } = await db.query<{ name: string; hash: string }>(parts.join(" UNION ALL "));
  return Object.fromEntries(rows.map((row) => [row.name, row.hash]));
}

export function changedTables(before: Record<string, string>, after: Record<string, string>) {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]);
}

/**
 * A signed-in HTTP client for a demo user: signs in once in the browser (the real form), picks
 * the school when the user has several, and keeps the cookies.
 */
export async function signedInClient(
  browser: Browser,
  email: string,
  schoolName?: string,
): Promise<APIRequestContext> {
  const context = await browser.newContext({ baseURL: BASE_URL, locale: "da-DK" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.waitForLoadState("load");
  // The school picker lists the user's schools; with one school, the app goes on by itself.
  await page.goto("/select-school");
  const choice = page.getByRole("button", { name: new RegExp(schoolName ?? "^$") });
  if ((await choice.count()) > 0) {
    await choice.click();
    await page.waitForURL((url) => url.pathname !== "/select-school");
  }
  const storageState = await context.storageState();
  await context.close();
  return playwrightRequest.newContext({ baseURL: BASE_URL, storageState });
}

export async function anonymousClient(): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL: BASE_URL });
}

/** Server action ids by "<source file>#<export>", from the production build's manifest. */
export function serverActionIds(): Map<string, string> {
  const manifest = JSON.parse(
    readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.filename || !entry.exportedName) continue;
    const file = entry.filename.replace(/^\.\//, "");
    if (!file.startsWith("app/")) continue;
    ids.set(`${file}#${entry.exportedName}`, id);
  }
  return ids;
}

export type ActionResponse = {
  status: number;
  /** Where the action sent the browser (`redirect()`), if anywhere. */
  redirect: string | null;
  body: string;
};

/**
 * Calls a server action as React does from a form with `useActionState`: the arguments are the
 * previous state and the FormData, encoded as React's reply (field "0" the arguments, "_1_<name>"
 * the form's fields).
 */
export async function callAction(
  client: APIRequestContext,
  actionId: string,
  fields: Record<string, string | string[]>,
  options: { formDataOnly?: boolean } = {},
): Promise<ActionResponse> {
  const multipart = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) multipart.append(`_1_${name}`, one);
  }
  // Last, as React sends it: the server resolves "$K1" from the fields read before it.
  multipart.set("0", JSON.stringify(options.formDataOnly ? ["$K1"] : [{ status: "idle" }, "$K1"]));
  const response = await client.post("/", {
    headers: { "Next-Action": actionId, Accept: "text/x-component" },
    multipart,
    maxRedirects: 0,
  });
  const redirectHeader = response.headers()["x-action-redirect"];
  return {
    status: response.status(),
    redirect: redirectHeader ? redirectHeader.split(";")[0]! : null,
    body: await response.text(),
  };
}

/** A page as the browser's first load gets it (HTML), or as client navigation does (RSC). */
export async function fetchPage(
  client: APIRequestContext,
  pathname: string,
  kind: "html" | "rsc" = "html",
) {
  const response = await client.get(pathname, {
    headers: kind === "rsc" ? { RSC: "1" } : {},
    // Next.js sends an RSC request without its cache-busting `_rsc` parameter on to the same URL
    // with one (307); that is the request a client navigation makes.
    maxRedirects: kind === "rsc" ? 2 : 0,
  });
  return {
    status: response.status(),
    location: response.headers()["location"] ?? null,
    body: await response.text(),
  };
}
