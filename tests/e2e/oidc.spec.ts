/**
 * Sign-in through the municipality's identity provider — a real OpenID Connect server on
 * loopback (support/oidc-provider.ts) — and the second factor after it (docs/decisions/0022).
 * A user without a second factor is signed in at once. A user with one lands on the step-up
 * page, and until she gives the code her session reaches nothing: every page of the app shell
 * sends her back to it, every server action sends her to sign-in and writes nothing, every route
 * handler answers 401. A wrong code is refused; the right one opens the app.
 */
import { request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";
import type pg from "pg";
import { totpCode, TOTP_STEP_SECONDS } from "@/lib/auth/totp";
import { ACTION_MATRIX, PAGE_MATRIX, ROUTE_MATRIX } from "./security/authorization-matrix";
import {
  BASE_URL,
  callAction,
  changedTables,
  connectE2eDatabase,
  fetchPage,
  fingerprint,
  serverActionIds,
} from "./security/support/app-harness";
import { loadFixtures } from "./security/support/demo-fixtures";
import { expect, signIn, signOut, test } from "./fixtures";

const SSP = "ssp@demoskolen.dk";
const STEP_UP_ACTION = "app/login/second-factor/actions.ts#giveSecondFactorAction";

test.describe.configure({ mode: "serial" });

let db: pg.Client;

test.beforeAll(async () => {
  db = await connectE2eDatabase();
});

test.afterAll(async () => {
  // Leave the demo user as the other specs expect her: signing in with the password alone.
  await db.query(
    `UPDATE "User" SET "totpSecret" = NULL, "totpEnabledAt" = NULL, "totpLastStep" = NULL,
     "totpRecoveryHashes" = '{}' WHERE email = $1`,
    [SSP],
  );
  await db.end();
});

/** The identity provider's own sign-in form: any password, the e-mail as the login. */
async function signInAtIdentityProvider(page: Page, email: string) {
  await page.goto("/login");
  await page.getByRole("button", { name: "Log ind med Kommunens login" }).click();
  await page.waitForURL((url) => url.host.startsWith("127.0.0.1"));
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill("idp-password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.waitForURL((url) => url.origin === BASE_URL && !url.pathname.startsWith("/api/"));
}

test("a user without a second factor signs in through the identity provider", async ({ page }) => {
  await signInAtIdentityProvider(page, "laerer@demoskolen.dk");
  await expect(page.getByRole("button", { name: "Log ud" })).toBeVisible();
  await expect(page).not.toHaveURL(/\/login/);
  await signOut(page);
});

test("an unknown user is refused by the app, whatever the identity provider says", async ({
  page,
}) => {
  await signInAtIdentityProvider(page, "ukendt@demoskolen.dk");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: "Log ud" })).toHaveCount(0);
});

test("with a second factor: nothing opens until the code is given on the step-up page", async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  // She sets up the second factor (signed in with her password).
  await signIn(page, SSP);
  await page.goto("/account/two-factor");
  await page.getByRole("button", { name: "Slå totrinsbekræftelse til" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Kode fra appen").fill(totpCode(secret));
  await page.getByRole("button", { name: "Bekræft og slå til" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await page.getByRole("link", { name: "Jeg har gemt kodene — fortsæt" }).click();
  await signOut(page);

  // Through the identity provider: she lands on the step-up page.
  await signInAtIdentityProvider(page, SSP);
  await expect(page).toHaveURL(/\/login\/second-factor/);
  await expect(page.getByRole("heading", { name: "Bekræft med din kode" })).toBeVisible();

  // Her session as it is now, pending, in an HTTP client.
  const pending: APIRequestContext = await playwrightRequest.newContext({
    baseURL: BASE_URL,
    storageState: await context.storageState(),
  });
  const fixtures = await loadFixtures(db);
  const problems: string[] = [];
  let checked = 0;

  for (const row of PAGE_MATRIX) {
    const response = await fetchPage(pending, row.path(fixtures));
    checked++;
    if (!(response.status >= 300 && response.location?.includes("/login/second-factor"))) {
      problems.push(`page ${row.page}: ${response.status} ${response.location ?? ""}`);
    }
  }
  for (const url of ["/select-school", "/account/two-factor", "/login"]) {
    const response = await fetchPage(pending, url);
    checked++;
    if (!(response.status >= 300 && response.location?.includes("/login"))) {
      problems.push(`page ${url}: ${response.status} ${response.location ?? ""}`);
    }
  }

  const ids = serverActionIds();
  const before = await fingerprint(db);
  for (const row of ACTION_MATRIX) {
    if (row.permission === "anyone" || row.action === STEP_UP_ACTION) continue;
    const response = await callAction(pending, ids.get(row.action)!, row.fields(fixtures), {
      formDataOnly: row.formDataOnly,
    });
    checked++;
    if (!response.redirect?.startsWith("/login")) {
      problems.push(`action ${row.action}: ${response.status} ${response.redirect ?? ""}`);
    }
  }
  for (const row of ROUTE_MATRIX.filter((route) => route.permission !== "next-auth")) {
    const response = await pending.fetch(row.path(fixtures), {
      method: row.method ?? "GET",
      headers: { Origin: BASE_URL },
      data: row.body?.(fixtures),
      maxRedirects: 0,
    });
    checked++;
    if (response.status() !== 401) problems.push(`route ${row.route}: ${response.status()}`);
  }
  const changed = changedTables(before, await fingerprint(db));
  if (changed.length > 0) problems.push(`the pending session changed ${changed.join(", ")}`);
  console.log(`pending second factor: ${checked} pages, actions and route handlers refused`);
  expect(problems).toEqual([]);
  await pending.dispose();

  // A wrong code is refused; the next code from her app opens the app.
  await page.getByLabel("Kode fra din godkender-app").fill("000000");
  await page.getByRole("button", { name: "Fortsæt" }).click();
  await expect(page.getByTestId("form-message")).toHaveText(
    "Koden er forkert eller allerede brugt. Vent på den næste kode, og prøv igen.",
  );
  await page
    .getByLabel("Kode fra din godkender-app")
    .fill(totpCode(secret, Date.now() + TOTP_STEP_SECONDS * 1000));
  await page.getByRole("button", { name: "Fortsæt" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await expect(page.getByRole("button", { name: "Log ud" })).toBeVisible();
  const home = await page.goto("/");
  expect(home?.status()).toBe(200);
  await expect(page).not.toHaveURL(/\/login/);

  const rows = await db.query<{ outcome: string }>(
    `SELECT outcome FROM "AuditLog" a JOIN "User" u ON u.id = a."actorId"
      WHERE u.email = $1 AND a.action = 'auth.second-factor' ORDER BY a.id`,
    [SSP],
  );
  expect(rows.rows.map((row) => row.outcome)).toEqual(["DENIED", "ALLOWED"]);
});
