import type { Locator, Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/demo";
import { expect, test } from "./fixtures";

/**
 * The app is usable from the keyboard alone (DESIGN.md §6, WCAG 2.1.1 and 2.4.7): every control
 * a flow needs is reached with Tab, in a sensible number of steps, shows where the focus is, and
 * is operated with the keys a browser gives it — Enter, Space, the arrow keys and typing.
 */

/** Tab (or Shift+Tab) until `target` has the focus, at most `limit` presses; check it shows. */
async function tabTo(page: Page, target: Locator, limit = 40, key = "Tab") {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press(key);
    if (await target.evaluate((element) => element === document.activeElement)) {
      // A visible focus indicator: the app's :focus-visible outline (app/globals.css).
      const outline = await target.evaluate((element) => {
        const style = getComputedStyle(element);
        return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
      });
      expect(outline, "the focused control shows its focus").toBe(true);
      return;
    }
  }
  throw new Error(`Not reached with ${limit} presses of Tab: ${target.toString()}`);
}

/** Arrow down a focused select until it holds `value` (the browser's own keys for a select). */
async function arrowTo(page: Page, select: Locator, value: string, limit = 30) {
  for (let presses = 0; presses < limit; presses++) {
    if ((await select.inputValue()) === value) return;
    await page.keyboard.press("ArrowDown");
  }
  expect(await select.inputValue()).toBe(value);
}

async function signInByKeyboard(page: Page, email: string) {
  await page.goto("/login");
  // The sign-in page's one task: its first field has the focus when the page opens.
  await expect(page.getByLabel("E-mail")).toBeFocused();
  await page.keyboard.type(email);
  await tabTo(page, page.getByLabel("Adgangskode"));
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

test("a teacher raises a concern with the keyboard alone", async ({ page }) => {
  await signInByKeyboard(page, "laerer@demoskolen.dk");

  // The first Tab offers to skip the menu; Enter puts the focus in the page's content.
  await tabTo(page, page.getByRole("link", { name: "Spring til indhold" }), 1);
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  await tabTo(page, page.getByRole("main").getByRole("link", { name: "Meld en bekymring" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Meld en bekymring" })).toBeVisible();

  const pupil = page.getByLabel("Elev", { exact: true });
  await tabTo(page, pupil);
  for (let presses = 0; presses < 3; presses++) await page.keyboard.press("ArrowDown");
  const chosen = await pupil.inputValue();
  expect(chosen).not.toBe("");
  const pupilName = (await pupil.locator(`option[value="${chosen}"]`).textContent())!
    .split(",")[0]!
    .trim();

  const level = page.getByLabel("Hvor alvorligt er det?");
  await tabTo(page, level);
  await arrowTo(page, level, "YELLOW");
  await tabTo(page, page.getByLabel("Sociale forhold"));
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Sociale forhold")).toBeChecked();
  await tabTo(page, page.getByLabel("Hvad har du set eller hørt?"));
  await page.keyboard.type(
    "Han sidder alene i frikvartererne og siger, at ingen vil lege med ham.",
  );

  await tabTo(page, page.getByRole("button", { name: "Send bekymringen" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText(/trivselspersonen har fået den på sin arbejdsliste/)).toBeVisible();
  await expect(
    page.getByRole("table").getByRole("row").filter({ hasText: pupilName }).first(),
  ).toContainText("Ny");
});

test("the trivselsperson goes from her worklist to a pupil's record and back with the keyboard", async ({
  page,
}) => {
  await signInByKeyboard(page, "trivselsperson@demoskolen.dk");
  await expect(page.getByRole("heading", { level: 1, name: "Arbejdsliste" })).toBeVisible();
  await tabTo(page, page.getByRole("link", { name: "Spring til indhold" }), 1);
  await page.keyboard.press("Enter");

  // The first new concern's pupil: a link within the worklist's first section.
  const firstPupil = page
    .getByRole("main")
    .getByRole("region", { name: /Nye bekymringer/ })
    .getByRole("link")
    .first();
  // "Leo Esbensen · 5.B": the name, then the class.
  const name = (await firstPupil.textContent())!.split(" · ")[0]!.trim();
  await tabTo(page, firstPupil);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  // The timeline's filters are links too: one is reached and followed.
  const filter = page.getByRole("link", { name: "Samtale", exact: true });
  await tabTo(page, filter);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/kind=CONVERSATION/);

  // Back to the worklist through the menu, backwards from the filter.
  const menu = page.getByRole("navigation", { name: "Hovedmenu" });
  await tabTo(page, menu.getByRole("link", { name: "Arbejdsliste" }), 40, "Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Arbejdsliste" })).toBeVisible();
});
