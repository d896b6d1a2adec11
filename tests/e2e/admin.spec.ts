import { currentSchoolYear } from "@/lib/admin/school-year";
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
