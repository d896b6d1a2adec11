/**
 * Emergency access (nødadgang) in the browser: the health nurse opens a pupil whose case entries
 * are closed to her, asks for emergency access with a reason, reads the record under a banner
 * that says when it runs out, and ends it; a teacher is not offered the form; the school leader
 * is told on the dashboard and marks the access reviewed in the review list.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, expectAccessible, signIn, signOut, test } from "./fixtures";

// A demo story (prisma/demo-content/case-entries.ts): 5.B, high absence; the trivselsperson's
// phone call with the mother is a CASE entry, the nurse's talk about sleep her own PROFESSION note.
const PUPIL = "Amanda Brandt";
const CASE_TEXT = "ondt i maven om morgenen";
const REASON =
  "Amanda fortalte i dag, at hun ikke tør tage hjem. Jeg skal kende aftalerne med hjemmet.";

test("a forum member gets emergency access with a reason, and the leadership reviews it", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, "sundhedsplejerske@demoskolen.dk");
  await page.goto("/pupils?q=Amanda+Brandt");
  await page.getByRole("table").getByRole("link", { name: PUPIL }).click();
  await expect(page.getByRole("heading", { level: 1, name: PUPIL })).toBeVisible();
  const pupilUrl = page.url().split("?")[0]!;
  await expect(page.locator("body")).not.toContainText(CASE_TEXT);
  await expect(page.getByText("Samtale om søvn")).toBeVisible(); // her own note

  await page.getByRole("link", { name: "Nødadgang", exact: true }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Nødadgang til ${PUPIL} (5.B)` }),
  ).toBeVisible();

  // Without a category and a reason: clear messages, and nothing opens.
  await page.getByRole("button", { name: "Åbn mappen med nødadgang" }).click();
  await expect(page.getByTestId("form-message")).toBeVisible();
  await expect(page.getByText("Vælg en mulighed.")).toBeVisible();
  await page.getByLabel("Begrundelse").fill("akut");
  await page.getByRole("button", { name: "Åbn mappen med nødadgang" }).click();
  await expect(page.getByText("Skal være mindst 20 tegn.")).toBeVisible();
  await page.screenshot({ path: "test-results/emergency-access-form.png", fullPage: true });
  await expectAccessible(page);

  await page
    .getByLabel("Hvad drejer det sig om?")
    .selectOption({ label: "Akut bekymring for barnets sikkerhed" });
  await page.getByLabel("Begrundelse").fill(REASON);
  await page.getByRole("button", { name: "Åbn mappen med nødadgang" }).click();

  const banner = page.getByTestId("emergency-banner");
  await expect(banner).toContainText(
    new RegExp(`Nødadgang til ${PUPIL} udløber kl\\. \\d\\d[.:]\\d\\d den \\d`),
  );
  await expect(page.locator("body")).toContainText(CASE_TEXT);
  // Read-only: no write controls on the entries opened by the emergency access.
  await expect(
    page
      .locator("article")
      .filter({ hasText: "Opfølgning efter samtalen" })
      .getByRole("button", { name: "Marker opfølgning som udført" }),
  ).toHaveCount(0);
  await page.screenshot({ path: "test-results/emergency-access-record.png", fullPage: true });
  // The banner itself; the timeline's content blocks are checked by the case-work spec.
  const axe = await new AxeBuilder({ page }).include('[data-testid="emergency-banner"]').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  // Ended early: closed again.
  await banner.getByRole("button", { name: "Afslut nødadgang" }).click();
  await expect(page.getByText("Nødadgangen er afsluttet.")).toBeVisible();
  await expect(page.getByTestId("emergency-banner")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText(CASE_TEXT);

  // A teacher is no forum member: the form is "not found" for her.
  await signOut(page);
  await signIn(page, "laerer@demoskolen.dk");
  await page.goto(`${pupilUrl}/emergency-access`);
  await expect(page.getByRole("heading", { name: "Siden findes ikke" })).toBeVisible();
  await expect(page.locator("body")).not.toContainText(PUPIL);

  // The school leader is told on the dashboard, and reviews it.
  await signOut(page);
  await signIn(page, "leder@demoskolen.dk");
  await page.goto("/dashboard");
  const notice = page.getByTestId("emergency-review-notice");
  await expect(notice).toContainText("1 nødadgang venter på din gennemgang.");
  await notice.getByRole("link", { name: "Gå til nødadgange" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nødadgange" })).toBeVisible();
  const row = page.getByTestId("emergency-access-row").filter({ hasText: REASON });
  await expect(row).toContainText(PUPIL);
  await expect(row).toContainText("Sundhedsplejerske");
  await expect(row).toContainText("Akut bekymring for barnets sikkerhed");
  await expect(row).toContainText("afsluttet");
  await row.getByRole("button", { name: "Markér som gennemgået" }).click();
  await expect(row.getByText("Skal udfyldes.")).toBeVisible();
  await row
    .getByLabel("Kommentar til gennemgangen")
    .fill("Begrundet. Trivselspersonen er orienteret.");
  await row.getByRole("button", { name: "Markér som gennemgået" }).click();
  await expect(page.getByText("Nødadgangen er markeret som gennemgået.")).toBeVisible();
  const reviewed = page.getByTestId("emergency-access-row").filter({ hasText: REASON });
  await expect(reviewed).toContainText("Gennemgået af");
  await expect(reviewed).toContainText("Begrundet. Trivselspersonen er orienteret.");
  await page.screenshot({ path: "test-results/emergency-access-review.png", fullPage: true });
  await expectAccessible(page);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Overblik" })).toBeVisible();
  await expect(page.getByTestId("emergency-review-notice")).toHaveCount(0);
});
