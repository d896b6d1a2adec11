import type { Locator } from "@playwright/test";
import { expect, expectAccessible, signIn, signOut, test } from "./fixtures";

/** Opens a chart's "Vis som tabel", unless it is open already (it stays open across a filter). */
async function showTable(chart: Locator) {
  const details = chart.locator("details");
  if ((await details.getAttribute("open")) === null) await chart.getByText("Vis som tabel").click();
  await expect(details).toHaveAttribute("open", "");
}

/** The chart is drawn, and with bars or lines: a chart of hidden figures only has neither. */
async function expectDrawn(chart: Locator, id: string, options: { marks: boolean }) {
  await expect(chart.locator("[data-chart]"), id).toBeVisible();
  if (options.marks) await expect(chart.locator("[data-bar], polyline").first(), id).toBeVisible();
}

/** DESIGN.md §4 flow 7: leadership opens the school's dashboard; the municipality compares schools. */

const SCHOOL_CHARTS = [
  "concerns-category",
  "concerns-level",
  "concerns-grade",
  "absence-class",
  "absence-week",
  "absence-month",
  "first-action",
];

test("leadership opens the dashboard, reads its figures and charts, and filters by grade", async ({
  page,
}) => {
  await signIn(page, "leder@demoskolen.dk");
  await expect(page.getByRole("heading", { level: 1, name: "Overblik" })).toBeVisible();

  const figures = page.getByTestId("key-figures");
  for (const label of [
    "Åbne bekymringer",
    "Fraværsprocent",
    "Over fraværsgrænsen uden opfølgning",
    "Tid til første handling",
    "Forfaldne handlinger",
    "Samtykker der udløber",
  ]) {
    await expect(figures.getByText(label, { exact: true })).toBeVisible();
  }
  // The absence rate is a figure with one decimal ("4,8 %"), not hidden.
  await expect(figures.getByText(/^\d+,\d %$/).first()).toBeVisible();
  await expect(page.getByTestId("suppression-note")).toContainText(
    "Tal under 5 vises som »<5«, så ingen elev kan genkendes",
  );
  await expect(page.getByText("<5").first()).toBeVisible();

  // The demo school's concerns by grade are all below 5: that chart has labels, and no bars.
  for (const id of SCHOOL_CHARTS)
    await expectDrawn(page.getByTestId(`chart-${id}`), id, { marks: id !== "concerns-grade" });
  await expect(page.getByTestId("chart-concerns-grade").locator("[data-bar]")).toHaveCount(0);

  // A bar per class, each class's rate shown (the demo school's classes are big enough).
  const byClass = page.getByTestId("chart-absence-class");
  await expect(byClass.locator("[data-bar]")).toHaveCount(20);
  // The same numbers as a table, behind "Vis som tabel".
  await showTable(byClass);
  const classTable = byClass.getByRole("table", { name: "Fraværsprocent efter klasse" });
  await expect(classTable).toBeVisible();
  await expect(classTable.getByRole("cell", { name: "4.A", exact: true })).toBeVisible();
  await expect(classTable.getByRole("row")).toHaveCount(21);

  // The pupils over a threshold without follow-up, by name, one click from their record.
  const list = page.getByTestId("over-threshold-list");
  await expect(
    list.getByRole("heading", { name: "Elever over grænsen uden opfølgning" }),
  ).toBeVisible();
  await expect(list.getByRole("link").first()).toBeVisible();

  await expect(page.getByRole("heading", { name: "Trivselspersonens arbejdsbyrde" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Mette Lund" })).toBeVisible();

  await expectAccessible(page);
  await page.screenshot({ path: "test-results/dashboard.png", fullPage: true });

  // Filter: 5th grade only. The form is a GET form: the URL holds the filter.
  await page.getByLabel("Klassetrin", { exact: true }).selectOption("5");
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page).toHaveURL(/grade=5/);
  await expect(page.getByText(/5\. klasse\.$/).first()).toBeVisible();
  const filtered = page.getByTestId("chart-absence-class");
  await showTable(filtered);
  const rows = filtered.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(3);
  await expect(filtered.getByRole("cell", { name: "5.B", exact: true })).toBeVisible();
  await expect(page.getByLabel("Klassetrin", { exact: true })).toHaveValue("5");
  await expectAccessible(page);

  // Back to the whole school year.
  await page.getByRole("link", { name: "Dette skoleår" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByLabel("Klassetrin", { exact: true })).toHaveValue("");
  await signOut(page);
});

test("the municipal consultant sees both schools side by side, and no school's pupils", async ({
  page,
}) => {
  await signIn(page, "kommune@demoskolen.dk");
  await expect(page.getByRole("heading", { level: 1, name: "Kommunen" })).toBeVisible();
  await expect(page.getByText(/^Demo Kommune: skolernes tal side om side/)).toBeVisible();

  const table = page.getByTestId("municipality-table");
  await expect(table.getByRole("cell", { name: "Demoskolen", exact: true })).toBeVisible();
  await expect(table.getByRole("cell", { name: "Nordskolen", exact: true })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(3);
  for (const id of ["municipality-absence", "municipality-concerns"]) {
    const chart = page.getByTestId(`chart-${id}`);
    await expectDrawn(chart, id, { marks: true });
    // Its numbers are the key figures' columns: a link to them, not a second table.
    await expect(chart.getByRole("table")).toHaveCount(0);
    await expect(
      chart.getByRole("link", { name: "Tallene står i tabellen »Skolerne side om side« ovenfor" }),
    ).toHaveAttribute("href", "#key-figures");
  }
  // One area at a time: absence by month first, the others a click away, the period kept.
  await expect(page.getByRole("heading", { name: "Fraværsprocent måned for måned" })).toBeVisible();
  const areas = page.getByRole("navigation", { name: "Område" });
  await expect(areas.getByRole("link", { name: "Fravær måned for måned" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await areas.getByRole("link", { name: "Tid til første handling" }).click();
  await expect(page).toHaveURL(/area=first-action/);
  await expect(
    page.getByRole("heading", { name: "Tid fra bekymring til første handling" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Fraværsprocent måned for måned" })).toHaveCount(
    0,
  );
  // Nothing pupil-level: no links to pupils, no over-threshold list.
  await expect(page.locator('a[href^="/pupils/"]')).toHaveCount(0);
  await expect(page.getByTestId("over-threshold-list")).toHaveCount(0);

  await expectAccessible(page);
  await page.screenshot({ path: "test-results/municipality.png", fullPage: true });

  await page.getByLabel("Klassetrin", { exact: true }).selectOption("9");
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page).toHaveURL(/grade=9/);
  await expect(table.getByRole("cell", { name: "Nordskolen", exact: true })).toBeVisible();

  // The school's own pages stay closed to the municipal role.
  for (const path of ["/dashboard", "/pupils", "/concerns"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Siden findes ikke" })).toBeVisible();
  }
  await page.goto("/municipality");
  await signOut(page);
});
