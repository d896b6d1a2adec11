/**
 * The TOTP second factor in the browser: the administrator requires it for roles with notes of
 * their own; the health nurse is sent to enrolment before anything else, scans (here: reads) the
 * secret, confirms a code and gets recovery codes; her next sign-in asks for a code, and a
 * recovery code works in its place. Codes are computed from the secret, as an app would.
 */
import { readFileSync } from "node:fs";
import pg from "pg";
import { totpCode, TOTP_STEP_SECONDS } from "@/lib/auth/totp";
import { DEMO_PASSWORD } from "@/prisma/demo";
import { expect, expectAccessible, signIn, signOut, test } from "./fixtures";

const NURSE = "sundhedsplejerske@demoskolen.dk";

async function sql(query: string) {
  const password = readFileSync("tests/.tmp/e2e/postgres/postgres-password", "utf8").trim();
  const port = Number(process.env.E2E_PORT ?? 3100) + 1000;
  const client = new pg.Client({
    connectionString: `postgresql://trivsel:${encodeURIComponent(password)}@127.0.0.1:${port}/trivsel`,
  });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

test.afterEach(async () => {
  // Leave the demo school as the other specs expect it.
  await sql(`UPDATE "School" SET "requireTotp" = false`);
  await sql(
    `UPDATE "User" SET "totpSecret" = NULL, "totpEnabledAt" = NULL, "totpLastStep" = NULL,
     "totpRecoveryHashes" = '{}' WHERE email = '${NURSE}'`,
  );
});

test("a required second factor: enrolment first, then sign-in with a code or a recovery code", async ({
  page,
}) => {
  await signIn(page, "admin@demoskolen.dk");
  await page.goto("/admin/staff");
  await page.getByLabel("Kræv totrinsbekræftelse for roller med egne notater").check();
  await page.getByRole("button", { name: "Gem" }).first().click();
  await expect(page.getByText("Skolens krav om totrinsbekræftelse er gemt.")).toBeVisible();
  await signOut(page);

  // The nurse is sent to enrolment, and nothing else opens until she has enrolled.
  await signIn(page, NURSE);
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await expect(page.getByText(/Skolen kræver totrinsbekræftelse/)).toBeVisible();
  await page.goto("/forum");
  await expect(page).toHaveURL(/\/account\/two-factor$/);

  await page.getByRole("button", { name: "Slå totrinsbekræftelse til" }).click();
  await expect(page.getByRole("img", { name: "QR-kode til godkender-appen" })).toBeVisible();
  await expectAccessible(page);
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Kode fra appen").fill("000000");
  await page.getByRole("button", { name: "Bekræft og slå til" }).click();
  await expect(page.getByText(/^Koden passer ikke/)).toBeVisible();
  const enrolCode = totpCode(secret);
  await page.getByLabel("Kode fra appen").fill(enrolCode);
  await page.getByRole("button", { name: "Bekræft og slå til" }).click();
  const codes = page.getByTestId("recovery-codes").getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.first().textContent())!.trim();
  await page.getByRole("link", { name: "Jeg har gemt kodene — fortsæt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Trivselsforum" })).toBeVisible();
  await signOut(page);

  // Next sign-in: the password, then the code. The code used at enrolment is spent.
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(NURSE);
  await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page.getByTestId("login-error")).toHaveText(
    "Skriv koden fra din godkender-app for at logge ind.",
  );
  await expectAccessible(page);
  await page.getByLabel("Kode fra din godkender-app").fill(enrolCode);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page.getByTestId("login-error")).toHaveText(
    /^Koden er forkert eller allerede brugt/,
  );
  await page
    .getByLabel("Kode fra din godkender-app")
    .fill(totpCode(secret, Date.now() + TOTP_STEP_SECONDS * 1000));
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Trivselsforum" })).toBeVisible();
  await signOut(page);

  // A recovery code in place of the phone.
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(NURSE);
  await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await page.getByLabel("Kode fra din godkender-app").fill(recovery);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Trivselsforum" })).toBeVisible();
  await page.goto("/account/two-factor");
  await expect(page.getByText("Du har 9 ubrugte gendannelseskoder.")).toBeVisible();
});
