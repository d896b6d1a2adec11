import { currentSchoolYear, schoolYearLabel } from "@/lib/admin/school-year";
import { expect, expectAccessible, signIn, test } from "./fixtures";

test("the administrator creates a pupil: bad input is refused in the form, good input is saved", async ({
  page,
}) => {
  await signIn(page, "admin@demoskolen.dk");
  await page
    .getByRole("navigation", { name: "Hovedmenu" })
    .getByRole("link", { name: "Elever og forældre" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Elever og forældre" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Ny elev" }).click();

  // Nothing filled in: each required field says so, and no pupil is made.
  await page.getByRole("button", { name: "Opret elev" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Ret de markerede felter.");
  await expect(page.getByLabel("Fornavn")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/admin\/pupils\/new$/);

  await page.getByLabel("Fornavn").fill("Asta");
  await page.getByLabel("Efternavn").fill("Testesen");
  await page.getByLabel("Fødselsdato").fill("2016-04-02");
  await page.getByLabel("Elevnummer", { exact: false }).first().fill("E9999");
  await page.getByLabel("Klasse").selectOption({ label: `4.A (${currentSchoolYear()})` });
  await page.getByRole("button", { name: "Opret elev" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Asta Testesen" })).toBeVisible();
  await expect(page.getByText("Eleven er oprettet.")).toBeVisible();
  await expectAccessible(page);

  // A guardian with parental authority.
  await page.getByLabel("Navn", { exact: true }).fill("Maja Testesen");
  await page.getByLabel("Relation til eleven").fill("mor");
  await page.getByRole("button", { name: "Tilføj forælder eller værge" }).click();
  await expect(page.getByText("Forælderen eller værgen er tilføjet.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Maja Testesen" })).toBeVisible();

  // And the pupil is found by the search.
  await page.goto("/admin/pupils?q=testesen");
  await expect(page.getByRole("link", { name: /Testesen/ })).toBeVisible();
});

test("the administrator keeps the school's holidays: the school year's plan, a day off added, an overlap refused, and deleted", async ({
  page,
}) => {
  await signIn(page, "admin@demoskolen.dk");
  await page
    .getByRole("navigation", { name: "Hovedmenu" })
    .getByRole("link", { name: "Ferier og fridage" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Ferier og fridage" })).toBeVisible();
  const year = Number(currentSchoolYear().slice(0, 4));
  // The demo school's plan for this school year, as the municipality's usual one.
  const thisYear = page.getByRole("region", {
    name: `Skoleåret ${schoolYearLabel(year)}`,
    exact: true,
  });
  await expect(thisYear.getByRole("row", { name: /Juleferie/ })).toBeVisible();
  await expect(thisYear.getByRole("row", { name: /^Efterårsferie .* 5 Slet/ })).toBeVisible();
  await expectAccessible(page);

  // A day off next school year: the second Friday of September.
  const september = new Date(Date.UTC(year + 1, 8, 1));
  const friday = new Date(
    september.getTime() + (((5 - september.getUTCDay() + 7) % 7) + 7) * 86_400_000,
  );
  const iso = friday.toISOString().slice(0, 10);
  await page.getByLabel("Navn").fill("Skolernes fridag");
  await page.getByLabel("Fra og med").fill(iso);
  await page.getByLabel("Til og med").fill(iso);
  await page.getByRole("button", { name: "Tilføj ferie eller fridag" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Skolernes fridag er tilføjet.");
  const nextYear = page.getByRole("region", {
    name: `Skoleåret ${schoolYearLabel(year + 1)}`,
    exact: true,
  });
  await expect(nextYear.getByRole("row", { name: /Skolernes fridag .* 1 Slet/ })).toBeVisible();

  // The same day again overlaps it: said at the field, nothing added.
  await page.getByLabel("Navn").fill("Ekstra fridag");
  await page.getByLabel("Fra og med").fill(iso);
  await page.getByLabel("Til og med").fill(iso);
  await page.getByRole("button", { name: "Tilføj ferie eller fridag" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Ret de markerede felter.");
  await expect(page.getByText(/Perioden overlapper Skolernes fridag/)).toBeVisible();
  await expect(page.getByLabel("Fra og med")).toHaveAttribute("aria-invalid", "true");
  await expect(nextYear.getByRole("row", { name: /Ekstra fridag/ })).toHaveCount(0);
  await expectAccessible(page);

  // Deleted by its own button, which says which holiday it deletes.
  await nextYear.getByRole("button", { name: /^Slet Skolernes fridag/ }).click();
  await expect(nextYear.getByRole("row", { name: /Skolernes fridag/ })).toHaveCount(0);
});
