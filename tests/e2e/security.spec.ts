/**
 * Issue #6, items 4 and 5 in the browser and on the wire: security headers and the CSP (with the
 * app still working under it), server actions refusing a foreign Origin, header tricks reaching
 * nothing, session lifetimes enforced by the server, deactivation ending a session at once,
 * the throttling message, and no password or note text in the server's output.
 */
import { readFileSync, statSync } from "node:fs";
import { encode } from "next-auth/jwt";
import pg from "pg";
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/demo";
import { expect, expectAccessible, signIn, test } from "./fixtures";

const DATA_DIR = "tests/.tmp/e2e";
const APP_LOG = `${DATA_DIR}/app.log`;

async function withDb<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const password = readFileSync(`${DATA_DIR}/postgres/postgres-password`, "utf8").trim();
  const port = Number(process.env.E2E_PORT ?? 3100) + 1000;
  const client = new pg.Client({
    connectionString: `postgresql://trivsel:${encodeURIComponent(password)}@127.0.0.1:${port}/trivsel`,
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function userId(email: string): Promise<string> {
  return withDb(async (client) => {
    const result = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [
      email,
    ]);
    return result.rows[0]!.id;
  });
}

/**
 * A session cookie as the server would issue it, signed with the e2e server's secret, with
 * `secondsLeft` of its idle lifetime left (the server's: 30 minutes).
 */
async function sessionCookie(page: Page, sub: string, authTime: number, secondsLeft = 30 * 60) {
  const secret = readFileSync(`${DATA_DIR}/session-secret`, "utf8").trim();
  const value = await encode({ token: { sub, authTime }, secret, maxAge: secondsLeft });
  await page.context().addCookies([
    {
      name: "next-auth.session-token",
      value,
      url: `http://localhost:${process.env.E2E_PORT ?? 3100}`,
      httpOnly: true,
      sameSite: "Lax",
    },
  ]);
}

function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("pages carry the security headers and a fresh CSP nonce that their scripts use", async ({
  page,
  request,
}) => {
  const first = await request.get("/login");
  const second = await request.get("/login");
  const headers = first.headers();
  const csp = headers["content-security-policy"]!;
  for (const directive of [
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "'strict-dynamic'",
  ]) {
    expect(csp).toContain(directive);
  }
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(second.headers()["content-security-policy"]).not.toContain(nonce!);
  // Every script the page ships carries this response's nonce.
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

  expect(headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["x-powered-by"]).toBeUndefined();

  // Signed in: the page and the API answer "no-store" too; the app works under the policy.
  const violations = collectCspViolations(page);
  await signIn(page, "trivselsperson@demoskolen.dk");
  const worklist = await page.goto("/worklist");
  expect(worklist!.headers()["cache-control"]).toContain("no-store");
  expect(worklist!.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  await expect(page.getByRole("heading", { level: 1, name: "Arbejdsliste" })).toBeVisible();
  await page.getByRole("link", { name: "Elever", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const session = await page.request.get("/api/auth/session");
  expect(session.headers()["cache-control"]).toContain("no-store");
  expect(violations).toEqual([]);
});

test("a server action posted from another origin is refused; from the app itself it works", async ({
  request,
  baseURL,
}) => {
  const html = await (await request.get("/login")).text();
  // The language switch is a real server action, rendered as a form with its action id.
  const actionField = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(html)?.[1];
  expect(actionField).toBeTruthy();
  const post = (origin: string) =>
    request.post("/login", {
      headers: { origin },
      multipart: { [actionField!]: "", locale: "en" },
      maxRedirects: 0,
    });

  const foreign = await post("https://evil.example");
  expect(foreign.status()).toBeGreaterThanOrEqual(400);
  expect(foreign.headers()["set-cookie"] ?? "").not.toContain("trivsel-locale");

  const own = await post(baseURL!);
  expect(own.status()).toBeLessThan(400);
  expect(own.headers()["set-cookie"] ?? "").toContain("locale=en");
});

test("header tricks reach nothing: a protected page still sends the visitor to sign in", async ({
  request,
}) => {
  const tricks: Record<string, string>[] = [
    // CVE-2025-29927: the header that told older Next.js to skip the middleware.
    { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
    { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
    { "x-middleware-subrequest": "src/middleware:src/middleware:src/middleware:src/middleware" },
    { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
    { "x-invoke-path": "/worklist", "x-invoke-query": "{}" },
    { "x-now-route-matches": "1=worklist" },
    { "x-trivsel-path": "https://evil.example/" },
    { "x-request-id": "forged" },
  ];
  for (const headers of tricks) {
    for (const path of ["/worklist", "/admin", "/pupils"]) {
      const response = await request.get(path, { headers, maxRedirects: 0 });
      const label = `${path} with ${JSON.stringify(headers)}`;
      expect([303, 307, 308], label).toContain(response.status());
      const location = response.headers()["location"] ?? "";
      expect(location, label).toMatch(/^(https?:\/\/localhost:\d+)?\/login(\?|$)/);
      expect(location, label).not.toContain("evil.example");
      // No data: the signed-in shell names the active school; the body only redirects.
      const body = await response.text();
      expect(body, label).not.toContain("Demoskolen");
      expect(body, label).not.toContain('data-testid="active-school"');
    }
  }
});

test("the server refuses a session past its absolute lifetime, whatever the cookie says", async ({
  page,
}) => {
  const id = await userId("trivselsperson@demoskolen.dk");
  const now = Math.floor(Date.now() / 1000);
  // A validly signed, unexpired token whose sign-in was eleven hours ago (limit: ten).
  await sessionCookie(page, id, now - 11 * 3600);
  await page.goto("/worklist");
  await expect(page).toHaveURL(/\/login/);
  await page.context().clearCookies();
  // The same token with a recent sign-in works: the test can tell the difference.
  await sessionCookie(page, id, now - 60);
  await page.goto("/worklist");
  await expect(page.getByRole("heading", { level: 1, name: "Arbejdsliste" })).toBeVisible();
});

test("before the session ends the page says when, and one press keeps it; at the end it says what to do", async ({
  page,
}) => {
  const id = await userId("laerer@demoskolen.dk");
  const now = Math.floor(Date.now() / 1000);
  // She has written for 28 minutes without a request: 100 seconds are left.
  await sessionCookie(page, id, now - 3600, 100);
  await page.goto("/concerns/new");
  const warning = page.getByTestId("session-timeout");
  await expect(warning).toContainText(/Du bliver logget ud kl\. \d\d\.\d\d/);
  const observed = "Hun sidder for sig selv i spisefrikvarteret.";
  const field = page.getByLabel("Hvad har du set eller hørt?");
  await field.fill(observed);
  await expectAccessible(page);
  await warning.getByRole("button", { name: "Forbliv logget ind" }).click();
  await expect(warning).toHaveCount(0);
  const cookie = (await page.context().cookies()).find(
    (candidate) => candidate.name === "next-auth.session-token",
  )!;
  expect(cookie.expires * 1000 - Date.now()).toBeGreaterThan(29 * 60 * 1000);
  await expect(field).toHaveValue(observed);

  // A session that ends while the page is open: the page says so, and how to go on.
  await sessionCookie(page, id, now - 3600, 4);
  await page.goto("/concerns/new");
  await expect(warning).toContainText("Du er logget ud", { timeout: 30_000 });
  await expect(warning.getByRole("link", { name: "Log ind i et nyt faneblad" })).toBeVisible();
});

test("asking how long the session has left does not renew it", async ({ page }) => {
  const id = await userId("laerer@demoskolen.dk");
  const now = Math.floor(Date.now() / 1000);
  await sessionCookie(page, id, now - 3600, 100);
  const before = (await page.context().cookies())[0]!.value;
  const answer = await page.request.get("/api/session");
  const lifetime = (await answer.json()) as { secondsLeft: number; renewable: boolean };
  expect(lifetime.secondsLeft).toBeGreaterThan(80);
  expect(lifetime.secondsLeft).toBeLessThanOrEqual(100);
  expect(lifetime.renewable).toBe(true);
  expect(answer.headers()["set-cookie"]).toBeUndefined();
  expect((await page.context().cookies())[0]!.value).toBe(before);
  // Without a session there is nothing to tell or renew.
  await page.context().clearCookies();
  expect((await page.request.get("/api/session")).status()).toBe(401);
  expect((await page.request.post("/api/session")).status()).toBe(401);
});

test("deactivating a user ends her session at the next request", async ({ page }) => {
  await signIn(page, "leder@nordskolen.dk");
  await expect(page.getByRole("heading", { level: 1, name: "Overblik" })).toBeVisible();
  await withDb((client) =>
    client.query(`UPDATE "User" SET active = false WHERE email = 'leder@nordskolen.dk'`),
  );
  try {
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login/);
  } finally {
    await withDb((client) =>
      client.query(`UPDATE "User" SET active = true WHERE email = 'leder@nordskolen.dk'`),
    );
  }
});

test("repeated wrong passwords are throttled with one message, known user or not", async ({
  page,
}) => {
  for (const email of ["ssp@demoskolen.dk", "ingen.saadan@demoskolen.dk"]) {
    for (let i = 0; i < 5; i++) {
      await page.goto("/login");
      await page.getByLabel("E-mail").fill(email);
      await page.getByLabel("Adgangskode").fill(`forkert-${i}`);
      await page.getByRole("button", { name: "Log ind", exact: true }).click();
      await expect(page.getByTestId("login-error")).toHaveText(
        "E-mail eller adgangskode er forkert.",
      );
    }
    await page.goto("/login");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Log ind", exact: true }).click();
    await expect(page.getByTestId("login-error")).toHaveText(/^For mange forsøg på at logge ind/);
  }
  // Let the demo user sign in again in later tests.
  await withDb((client) => client.query(`DELETE FROM "SignInThrottle"`));
});

test("the server's output holds no password and no note text", async ({ page }) => {
  const offset = statSync(APP_LOG).size;
  const wrongPassword = `forkert-${Date.now()}-hemmelig`;
  const noteText = `Fortroligt notat ${Date.now()}: hun fortalte om uro derhjemme.`;

  await signIn(page, "trivselsperson@demoskolen.dk", wrongPassword, { refused: true });
  await signIn(page, "trivselsperson@demoskolen.dk");
  const pupilId = await withDb(async (client) => {
    const result = await client.query<{ id: string }>(
      `SELECT p.id FROM "Pupil" p JOIN "School" s ON s.id = p."schoolId"
       WHERE s.name = 'Demoskolen' AND p.active ORDER BY p.id LIMIT 1`,
    );
    return result.rows[0]!.id;
  });
  await page.goto(`/pupils/${pupilId}/entries/new?kind=NOTE`);
  await page.getByLabel("Notat", { exact: true }).fill(noteText);
  await page.getByRole("button", { name: "Gem registrering" }).click();
  await expect(page.getByText("Registreringen er gemt.")).toBeVisible();
  await expect(page.getByText(noteText)).toBeVisible();

  const output = readFileSync(APP_LOG).subarray(offset).toString("utf8");
  expect(output).not.toContain(wrongPassword);
  expect(output).not.toContain(DEMO_PASSWORD);
  expect(output).not.toContain("uro derhjemme");
});
