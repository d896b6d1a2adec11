import type { Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "./fixtures";

/**
 * Every page each role reaches from its menu, and the first pages each of those links to, with the
 * role's own demo data in them:
 * - none scrolls sideways, on a desk's screen or a phone's: a wide table scrolls inside its own
 *   region (components/ui/table.tsx), a long label wraps, and a two-column layout lets its
 *   columns shrink below their widest table;
 * - none has a serious WCAG 2.1 A/AA violation (axe), beyond the pages the flows' tests check;
 * - none writes a share the English way in Danish ("33.3 %" for "33,3 %").
 */
const WIDTHS = [1280, 390];
const LINKS_PER_PAGE = 2;

const roles = [
  "trivselsperson@demoskolen.dk",
  "laerer@demoskolen.dk",
  "leder@demoskolen.dk",
  "kommune@demoskolen.dk",
  "admin@demoskolen.dk",
  "sundhedsplejerske@demoskolen.dk",
  "raadgiver@demoskolen.dk",
  "ssp@demoskolen.dk",
  // At two schools: picks Demoskolen after signing in.
  "ppr@demoskolen.dk",
];

for (const email of roles) {
  test(`every page of ${email.split("@")[0]}: fits the screen, passes axe, writes Danish decimals`, async ({
    page,
  }) => {
    await signIn(page, email);
    const menu = page.getByRole("navigation", { name: "Hovedmenu" });
    const picker = page.getByRole("heading", { name: "Vælg skole" });
    await expect(menu.or(picker)).toBeVisible();
    if (await picker.isVisible()) {
      await page.getByRole("button", { name: /Demoskolen/ }).click();
      await expect(menu).toBeVisible();
    }
    const paths = await pagesOf(page);
    expect(paths.length).toBeGreaterThan(1);
    const sideways: string[] = [];
    const englishDecimals: string[] = [];
    for (const path of paths) {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        if (scrollWidth > clientWidth)
          sideways.push(`${path} at ${width}px: ${scrollWidth}px wide`);
      }
      await test.step(`axe: ${path}`, () => expectAccessible(page));
      const text = await page.locator("main").innerText();
      for (const [share] of text.matchAll(/\d+\.\d+ ?%/g))
        englishDecimals.push(`${path}: ${share}`);
    }
    expect(sideways).toEqual([]);
    expect(englishDecimals).toEqual([]);
  });
}

/** The menu's pages, and the first pages each of them links to within the app. */
async function pagesOf(page: Page): Promise<string[]> {
  const hrefs = (selector: string) =>
    page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
  const menu = await hrefs("nav[aria-label='Hovedmenu'] a");
  const paths = [...menu];
  for (const path of menu) {
    await page.goto(path);
    const next = (await hrefs("main a[href^='/']")).filter(
      (href) => !paths.includes(href) && !/\/(export|print|family)|\.(ics|csv|json)/.test(href),
    );
    paths.push(...[...new Set(next)].slice(0, LINKS_PER_PAGE));
  }
  return paths;
}
