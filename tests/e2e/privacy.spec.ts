import { readFile } from "node:fs/promises";
import { expect, expectAccessible, signIn, signOut, test } from "./fixtures";

/**
 * Issue #6 items 3 and 7 in the browser: the trivselsperson opens a pupil; the school leader (the
 * data-protection function) finds the pupil, reads the access log — who looked, when, as what —
 * and opens the indsigt, prints it and downloads it as JSON.
 */
test("leadership reads a pupil's access log and exports the indsigt as a page and as JSON", async ({
  page,
}) => {
  await signIn(page, "trivselsperson@demoskolen.dk");
  await expect(page.getByRole("heading", { level: 1, name: "Arbejdsliste" })).toBeVisible();
  await page.locator('#new-concerns a[href^="/pupils/"]').first().click();
  await page.waitForURL(/\/pupils\/[0-9a-f-]{36}/);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).not.toHaveText("Arbejdsliste");
  const pupilName = (await heading.textContent())!.trim();
  const lastName = pupilName.split(" ").at(-1)!;
  await signOut(page);

  await signIn(page, "leder@demoskolen.dk");
  await page.getByRole("link", { name: "Databeskyttelse" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Databeskyttelse" })).toBeVisible();
  await page.getByLabel("Elevens navn eller elevnummer").fill(pupilName);
  await page.getByRole("button", { name: "Søg" }).click();
  const row = page.getByRole("row").filter({ hasText: pupilName });
  await expect(row).toHaveCount(1);
  await expectAccessible(page);

  // The access log: the trivselsperson's read, by name, role and what she did.
  await row.getByRole("link", { name: `Adgangslog: ${pupilName}` }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Adgangslog for ${pupilName}` }),
  ).toBeVisible();
  const log = page.getByRole("table", { name: /Hvem har haft adgang/ });
  const read = log.getByRole("row").filter({ hasText: "Mette Lund" });
  await expect(read.filter({ hasText: "Åbnede elevens trivselsmappe" }).first()).toBeVisible();
  await expect(read.first()).toContainText("Trivselsperson");
  // Why, in Danish: every read names its purpose (docs/decisions/0024).
  await expect(
    read
      .filter({ hasText: "Åbnede elevens trivselsmappe" })
      .filter({ hasText: "Sagsarbejde i elevens trivselsmappe" })
      .first(),
  ).toBeVisible();
  // Opening the log is itself in the log.
  await expect(log.getByRole("row").filter({ hasText: "Åbnede adgangsloggen" })).toHaveCount(1);
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/privacy-access-log.png", fullPage: true });

  // The indsigt: printable, with the pupil's data and what is left out said plainly.
  await page.getByRole("link", { name: "Tilbage" }).click();
  await page.getByLabel("Elevens navn eller elevnummer").fill(lastName);
  await page.getByRole("button", { name: "Søg" }).click();
  await page
    .getByRole("row")
    .filter({ hasText: pupilName })
    .getByRole("link", { name: `Indsigt: ${pupilName}` })
    .click();
  const indsigt = page.getByTestId("access-request");
  await expect(
    indsigt.getByRole("heading", { level: 1, name: `Indsigt i oplysninger om ${pupilName}` }),
  ).toBeVisible();
  for (const section of ["Eleven", "Forældre og værger", "Bekymringer", "Trivselsmappen"]) {
    await expect(indsigt.getByRole("heading", { level: 2, name: section })).toBeVisible();
  }
  await expect(indsigt.getByText(/Ikke med: andre børns oplysninger/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Udskriv" })).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: "test-results/privacy-indsigt-print.png", fullPage: true });
  await page.emulateMedia({ media: "screen" });

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Hent som JSON" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^indsigt-.+\.json$/);
  const json = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(`${json.pupil.firstName} ${json.pupil.lastName}`).toBe(pupilName);
  expect(json.concerns.length).toBeGreaterThan(0);

  // Both exports are in the pupil's access log.
  await page.goto(`/privacy/pupils/${json.pupil.id}/access-log`);
  await expect(
    page.getByRole("row").filter({ hasText: "Udtrak indsigt" }).filter({ hasText: "Henrik Bach" }),
  ).toHaveCount(2);
  await signOut(page);

  // A teacher who tries the pupil's access log is refused, and the attempt is in that log.
  await signIn(page, "laerer@demoskolen.dk");
  expect((await page.goto(`/privacy/pupils/${json.pupil.id}/access-log`))?.status()).toBe(404);
  await page.goto("/");
  await signOut(page);
  await signIn(page, "leder@demoskolen.dk");
  await page.goto(`/privacy/pupils/${json.pupil.id}/access-log`);
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: "Forsøgte at åbne en side" })
      .filter({ hasText: "Lærer / pædagog" })
      .filter({ hasText: "Afvist" }),
  ).toHaveCount(1);
});

test("the access log and the indsigt are not there for a teacher", async ({ page }) => {
  await signIn(page, "laerer@demoskolen.dk");
  await expect(page.getByRole("link", { name: "Databeskyttelse" })).toHaveCount(0);
  const response = await page.goto("/privacy");
  expect(response?.status()).toBe(404);
});

test("the administrator stops the deletion of a pupil's data, with a reason", async ({ page }) => {
  await signIn(page, "admin@demoskolen.dk");
  await page.goto("/admin/pupils");
  await page.getByRole("table").getByRole("link").first().click();
  await page.waitForURL(/\/admin\/pupils\/[0-9a-f-]{36}/);
  const card = page.locator("section").filter({
    has: page.getByRole("heading", { name: "Stop for sletning" }),
  });
  // No reason: refused in the form, nothing changed.
  await card.getByRole("button", { name: "Stop sletning" }).click();
  await expect(card.getByText("Ret de markerede felter.")).toBeVisible();
  await expect(page.getByText("Sletning standset")).toHaveCount(0);

  await card.getByLabel("Begrundelse").fill("Klagesag hos Ankestyrelsen");
  await card.getByRole("button", { name: "Stop sletning" }).click();
  await expect(page.getByText("Sletning standset", { exact: true })).toBeVisible();
  await expect(card.getByRole("button", { name: "Ophæv stop for sletning" })).toBeVisible();
  await expectAccessible(page);

  // The access log (administrators may read it) shows who stopped it and why.
  await page.getByRole("link", { name: "Adgangslog" }).click();
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: "Stoppede sletning" })
      .filter({ hasText: "Klagesag hos Ankestyrelsen" }),
  ).toHaveCount(1);
});
