import { expect, signIn, test } from "./fixtures";

/**
 * The app's links (components/ui/link.tsx) navigate within the app without loading a new
 * document, and never prefetch: every page is rendered per request for its signed-in user, so a
 * prefetch fetches nothing the navigation can use and costs the server a request per link in view
 * (docs/decisions/0035).
 */
test("links navigate within the app and prefetch nothing, in view or hovered", async ({ page }) => {
  const prefetches: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) prefetches.push(request.url());
  });
  await signIn(page, "trivselsperson@demoskolen.dk");
  await expect(page.getByRole("heading", { level: 1, name: "Arbejdsliste" })).toBeVisible();
  await page.waitForLoadState("networkidle");

  // Every link in view, and each of them hovered: still nothing fetched ahead.
  const links = page.locator("main a[href^='/']");
  expect(await links.count()).toBeGreaterThan(5);
  for (const link of (await links.all()).slice(0, 8)) await link.hover();
  await page.mouse.wheel(0, 5000);
  await page.waitForLoadState("networkidle");
  expect(prefetches).toEqual([]);

  // A click navigates without a new document: what the page held in the window is still there.
  const documents: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "document") documents.push(request.url());
  });
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  const nav = page.getByRole("navigation", { name: "Hovedmenu" });
  await nav.getByRole("link", { name: "Elever", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Elever" })).toBeVisible();
  expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
  expect(documents).toEqual([]);
  expect(prefetches).toEqual([]);
});
