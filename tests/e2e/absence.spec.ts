import { addDays, isoDay, todayInDenmark } from "@/lib/dates";
import { demoCalendar } from "./support/demo-calendar";
import { expect, expectAccessible, signIn, signOut, test } from "./fixtures";

/** The last `count` school days of the demo schools before today, as ISO days. */
function recentSchoolDays(count: number): string[] {
  const calendar = demoCalendar();
  const days: string[] = [];
  for (let day = addDays(todayInDenmark(), -1); days.length < count; day = addDays(day, -1)) {
    if (calendar.isSchoolDay(day)) days.push(isoDay(day));
  }
  return days;
}

const file = (name: string, lines: string[]) => ({
  name,
  mimeType: "text/csv",
  buffer: Buffer.from(lines.join("\r\n"), "utf8"),
});

/**
 * DESIGN.md §4 flow 6: absence data is imported; pupils over the threshold appear on the worklist.
 */
test("an absence file is checked, refused with its bad lines, corrected, imported, and the pupil lands on the worklist", async ({
  page,
}) => {
  // Who is pupil E1350? The administrator can look it up by pupil number.
  await signIn(page, "admin@demoskolen.dk");
  await page.goto("/admin/pupils?q=E1350");
  const name = (await page.getByRole("table").getByRole("link").first().textContent())!.trim();
  const [lastName, firstName] = name.split(",").map((part) => part.trim());
  await signOut(page);

  await signIn(page, "trivselsperson@demoskolen.dk");
  await page
    .getByRole("navigation", { name: "Hovedmenu" })
    .getByRole("link", { name: "Fravær" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Importér fravær" })).toBeVisible();
  await expectAccessible(page);

  const days = recentSchoolDays(16);
  const good = days.map((day) => `E1350;${day};syg;`);
  await page
    .getByLabel("Fil fra det administrative system (CSV)")
    .setInputFiles(
      file("fravaer.csv", [
        "elevnummer;dato;type;lektioner",
        ...good,
        "E1350;2026-13-45;syg;",
        "X0000;" + days[0] + ";syg;",
      ]),
    );
  await page.getByRole("button", { name: "Kontrollér filen" }).click();
  const report = page.getByTestId("import-report");
  await expect(report).toContainText("2 linje(r) kan ikke importeres");
  await expect(report.getByRole("row", { name: /18 Ugyldig dato/ })).toBeVisible();
  await expect(report.getByRole("row", { name: /19 Der findes ingen elev/ })).toBeVisible();
  await expect(report.getByRole("button", { name: /Importér/ })).toHaveCount(0);
  await expectAccessible(page);

  await page
    .getByLabel("Fil fra det administrative system (CSV)")
    .setInputFiles(file("fravaer.csv", ["elevnummer;dato;type;lektioner", ...good]));
  await page.getByRole("button", { name: "Kontrollér filen" }).click();
  await expect(report).toContainText("Nye dage");
  // The demo school has absence for every pupil: some of these days may be there already, with
  // another kind — they are changed, not added twice.
  await report.getByRole("button", { name: /^Importér \d+ dage$/ }).click();
  await expect(report).toContainText(/\d+ dage er skrevet\./);

  await page.getByRole("link", { name: "Se elever over fraværsgrænsen på arbejdslisten" }).click();
  const absence = page.locator("#absence");
  const link = absence.getByRole("link", { name: new RegExp(`${firstName} ${lastName}`) });
  await expect(link).toBeVisible();
  // With the 16 days just imported, the pupil has been absent at least 16 school days in a row.
  const item = absence.getByRole("listitem").filter({ hasText: `${firstName} ${lastName}` });
  const run = Number((await item.textContent())!.match(/(\d+) skoledage i træk/)?.[1]);
  expect(run).toBeGreaterThanOrEqual(16);
});
