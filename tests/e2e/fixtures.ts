/**
 * Shared e2e helpers: signing in as a demo user, and a page that fails the test on any console
 * error, any server error and any missing asset (a broken hydration or a failed request should
 * not pass silently). Deliberate refusals — 401 for a wrong password, 404 for a page the role may
 * not open — are the app working, not failing.
 */
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/demo";

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
          errors.push(message.text());
        }
      });
      page.on("response", (response) => {
        const url = new URL(response.url());
        const asset =
          url.pathname.startsWith("/_next/") || /\.(js|css|svg|png|ico|woff2?)$/.test(url.pathname);
        if (response.status() >= 500 || (asset && response.status() >= 400)) {
          errors.push(`${response.status()} ${url.pathname}`);
        }
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function signIn(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
  options: { refused?: boolean } = {},
) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill(password);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  // Wait for the outcome, so the next step does not cut the sign-in short.
  if (options.refused) await expect(page.getByTestId("login-error")).toBeVisible();
  else await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/**
 * No serious or critical WCAG 2.1 A/AA violations on the page once it has settled. On dynamic
 * pages Next.js streams the metadata apart from the UI, so after a server action re-renders the
 * page its content can be on screen a moment before its <title> is: the title is waited for (a
 * page that never gets one still fails here), then axe looks at the page as the user sees it.
 */
export async function expectAccessible(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === "serious" || violation.impact === "critical",
  );
  expect(
    serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`),
  ).toEqual([]);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Log ud" }).click();
  await expect(page).toHaveURL(/\/login/);
}
