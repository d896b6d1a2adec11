import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

/**
 * No page scrolls sideways, on a desk's screen or a phone's: a wide table scrolls inside its own
 * region (components/ui/table.tsx), a long label wraps, and a two-column layout lets its columns
 * shrink below their widest table. Each role's menu, and for each menu page the first page it
 * links to, at both widths.
 */
const WIDTHS = [1280, 390];

const roles = [
  "trivselsperson@demoskolen.dk",
  "laerer@demoskolen.dk",
  "leder@demoskolen.dk",
  "kommune@demoskolen.dk",
  "admin@demoskolen.dk",
];

for (const email of roles) {
  test(`no page scrolls sideways for ${email.split("@")[0]}`, async ({ page }) => {
    await signIn(page, email);
    const paths = await pagesOf(page);
    expect(paths.length).toBeGreaterThan(1);
    const sideways: string[] = [];
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
    }
    expect(sideways).toEqual([]);
  });
}

/** The menu's pages, and the first page each of them links to within the app. */
async function pagesOf(page: Page): Promise<string[]> {
  const hrefs = (selector: string) =>
    page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
  const menu = await hrefs("nav[aria-label='Hovedmenu'] a");
  const paths = [...menu];
  for (const path of menu) {
    await page.goto(path);
    const next = (await hrefs("main a[href^='/']")).find(
      (href) => !paths.includes(href) && !/\/(export|print|family)|\.(ics|csv|json)/.test(href),
    );
    if (next) paths.push(next);
  }
  return paths;
}
