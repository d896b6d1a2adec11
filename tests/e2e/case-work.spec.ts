import { expect, expectAccessible, signIn, signOut, test } from "./fixtures";

/**
 * DESIGN.md §4 flows 1 and 2 in the browser: a teacher raises a concern; the trivselsperson
 * finds it on the worklist, opens the pupil's timeline, logs a conversation and an absence
 * follow-up with a home visit, holds a school-home conversation and prints its agreements for
 * the family. Then the health nurse opens the same pupil and sees that the entries exist, not
 * what they say; and the teacher sees the concern's status, not the case work behind it.
 */
test("a concern travels from the teacher to the trivselsperson's timeline and the family page", async ({
  page,
}) => {
  // Flow 1: the teacher raises a concern about a pupil in her class.
  await signIn(page, "laerer@demoskolen.dk");
  await page.getByRole("link", { name: "Meld en bekymring" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Meld en bekymring" })).toBeVisible();
  const pupilSelect = page.getByLabel("Elev", { exact: true });
  const optionText = (await pupilSelect.locator("option").nth(5).textContent())!.trim();
  const pupilName = optionText.split(",")[0]!.trim();
  await pupilSelect.selectOption({ label: optionText });
  await page.getByLabel("Hvor alvorligt er det?").selectOption("YELLOW");
  await page.getByLabel("Sociale forhold").check();
  await page.getByLabel("Fravær", { exact: true }).check();
  await page
    .getByLabel("Hvad har du set eller hørt?")
    .fill(
      "Hun har været meget alene i frikvartererne de sidste tre uger og er ofte syg om mandagen.",
    );
  await page.getByRole("button", { name: "Send bekymringen" }).click();
  await expect(page.getByText(/trivselspersonen har fået den på sin arbejdsliste/)).toBeVisible();
  // Newest first: the first row about the pupil is the concern just raised.
  const concernRow = page
    .getByRole("table")
    .getByRole("row")
    .filter({ hasText: pupilName })
    .first();
  await expect(concernRow).toContainText("Ny");
  await expectAccessible(page);
  await signOut(page);

  // The trivselsperson finds it on the worklist, one click from the pupil.
  await signIn(page, "trivselsperson@demoskolen.dk");
  await expect(page.getByRole("heading", { level: 1, name: "Arbejdsliste" })).toBeVisible();
  await expectAccessible(page);
  await page
    .locator("#new-concerns")
    .getByRole("link", { name: new RegExp(pupilName) })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: pupilName })).toBeVisible();
  await expectAccessible(page);

  // A conversation with the pupil.
  await page.getByRole("link", { name: "+ Samtale", exact: true }).click();
  await page.getByLabel("Samtale med").selectOption("PUPIL");
  await page
    .getByLabel("Hvad blev der talt om?")
    .fill("Hun fortæller, at hun er alene i frikvartererne og ikke har lyst til at komme i skole.");
  await page.getByLabel("Aftaler").fill("Vi taler sammen igen på fredag.");
  // The conversation answers the teacher's concern: it is now being handled.
  await page.getByLabel("Hører til bekymring").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Gem registrering" }).click();
  await expect(page.getByText("Registreringen er gemt.")).toBeVisible();
  await expect(page.getByText("Hun fortæller, at hun er alene i frikvartererne")).toBeVisible();

  // An absence follow-up: refused without a contact, saved with a home visit.
  await page.getByRole("link", { name: "+ Fraværsopfølgning" }).click();
  await page.getByLabel("Fra", { exact: true }).fill("2026-10-01");
  await page.getByLabel("Til", { exact: true }).fill("2026-10-31");
  await page.getByLabel("Fravær i perioden (%)").fill("18");
  await page
    .getByLabel("Resultat og næste skridt")
    .fill("Hjemmebesøg med klasselæreren. Hun fulgte med i skole bagefter.");
  await page.getByRole("button", { name: "Gem registrering" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Ret de markerede felter.");
  await expect(page.getByText("Vælg mindst én.")).toBeVisible();
  await expect(page.getByLabel("Resultat og næste skridt")).toHaveValue(
    "Hjemmebesøg med klasselæreren. Hun fulgte med i skole bagefter.",
  );
  await page.getByLabel("Hjemmebesøg").check();
  await page.getByRole("button", { name: "Gem registrering" }).click();
  await expect(page.getByText("Registreringen er gemt.")).toBeVisible();
  await expect(page.getByText(/18 % fravær · Hjemmebesøg/)).toBeVisible();

  // The school-home conversation after the template.
  await page.getByRole("link", { name: "+ Skole-hjem-samtale om fravær" }).click();
  await page.getByLabel("Deltagere").fill("Eleven, mor, klasselærer og trivselsperson");
  await page.getByLabel("Elevens perspektiv").fill("INTERNT: Frikvartererne er svære.");
  await page
    .getByLabel("Hvad siger barnet selv om situationen?")
    .fill("Jeg vil gerne i skole, når jeg har nogen at være sammen med.");
  await page.getByLabel("Det aftaler vi").fill("Du møder kl. 8 og går direkte til Mette.");
  await page
    .getByLabel("Det gør vi hver især, indtil vi taler sammen igen")
    .fill("Mor ringer til skolen kl. 7.45, hvis du er syg.");
  await page.getByLabel("Sådan følger vi op").fill("Telefonsamtale med mor");
  await page.getByLabel("Tovholder").fill("Mette Lund, trivselsperson");
  await page.getByLabel("Opfølgning senest").fill("2030-01-15");
  await page.getByRole("button", { name: "Gem registrering" }).click();
  await expect(page.getByText("Registreringen er gemt.")).toBeVisible();
  // The timeline with the conversation on it: its parts are lists of term and description.
  await expectAccessible(page);

  await page.getByRole("link", { name: "Udskriv aftaler til familien" }).first().click();
  const familyPage = page.getByTestId("family-page");
  await expect(familyPage.getByRole("heading", { name: "Vores aftaler" })).toBeVisible();
  await expect(familyPage).toContainText("Du møder kl. 8 og går direkte til Mette.");
  await expect(familyPage).toContainText("Mette Lund, trivselsperson");
  await expect(familyPage).not.toContainText("INTERNT");
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: "test-results/family-page-print.png", fullPage: true });
  await page.emulateMedia({ media: "screen" });
  const pupilUrl = page.url().replace(/\/entries\/.*$/, "");

  // The health nurse: the entries exist, their content does not reach her.
  await signOut(page);
  await signIn(page, "sundhedsplejerske@demoskolen.dk");
  await page.goto(pupilUrl);
  await expect(page.getByRole("heading", { level: 1, name: pupilName })).toBeVisible();
  await expect(
    page.getByText("Fortrolig registrering — du har ikke adgang til indholdet.").first(),
  ).toBeVisible();
  await expect(page.locator("body")).not.toContainText("alene i frikvartererne");
  await expect(page.locator("body")).not.toContainText("Du møder kl. 8");

  // The teacher sees how far her concern has come — not the work behind it.
  await signOut(page);
  await signIn(page, "laerer@demoskolen.dk");
  await expect(concernRow).toContainText("Under behandling");
  await page.goto(pupilUrl);
  await expect(page.getByRole("heading", { name: "Siden findes ikke" })).toBeVisible();
});

test("staff with access find a pupil by class", async ({ page }) => {
  await signIn(page, "trivselsperson@demoskolen.dk");
  await page
    .getByRole("navigation", { name: "Hovedmenu" })
    .getByRole("link", { name: "Elever" })
    .click();
  await page.getByLabel("Klasse").selectOption({ label: "2.A" });
  await page.getByRole("button", { name: "Søg" }).click();
  await expect(page.getByRole("table").getByRole("link")).toHaveCount(20);
  await expectAccessible(page);
});
