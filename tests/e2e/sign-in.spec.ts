import { DEMO_PASSWORD } from "@/prisma/demo";
import { expect, expectAccessible, signIn, test } from "./fixtures";

/** Each demo role: where it lands and which sections its navigation offers (DESIGN.md §1, §9). */
const ROLES = [
  {
    email: "trivselsperson@demoskolen.dk",
    heading: "Arbejdsliste",
    nav: [
      "Arbejdsliste",
      "Elever",
      "Bekymringer",
      "Klasser",
      "Grupper",
      "Klassekonferencer",
      "Trivselsforum",
      "Mine opgaver",
    ],
  },
  {
    email: "leder@demoskolen.dk",
    heading: "Overblik",
    nav: ["Overblik", "Elever", "Bekymringer", "Trivselsforum", "Mine opgaver"],
  },
  {
    email: "sundhedsplejerske@demoskolen.dk",
    heading: "Trivselsforum",
    nav: ["Elever", "Mine bekymringer", "Trivselsforum", "Mine opgaver"],
  },
  {
    email: "raadgiver@demoskolen.dk",
    heading: "Trivselsforum",
    nav: ["Elever", "Mine bekymringer", "Trivselsforum", "Mine opgaver"],
  },
  {
    email: "ssp@demoskolen.dk",
    heading: "Trivselsforum",
    nav: ["Elever", "Mine bekymringer", "Trivselsforum", "Mine opgaver"],
  },
  {
    email: "laerer@demoskolen.dk",
    heading: "Mine bekymringer",
    // The demo teacher was invited ad hoc to a forum meeting about a pupil in her class.
    nav: ["Mine bekymringer", "Trivselsforum", "Mine opgaver"],
  },
  {
    email: "admin@demoskolen.dk",
    heading: "Administration",
    nav: ["Administration", "Elever og forældre", "Klasser", "Medarbejdere", "Skoler"],
  },
  {
    // The municipal consultant: the municipality's aggregates and nothing else.
    email: "kommune@demoskolen.dk",
    heading: "Kommunen",
    nav: ["Kommunen"],
  },
] as const;

const ALL_SECTIONS = [
  "Arbejdsliste",
  "Elever",
  "Bekymringer",
  "Klasser",
  "Grupper",
  "Klassekonferencer",
  "Overblik",
  "Kommunen",
  "Trivselsforum",
  "Mine bekymringer",
  "Mine opgaver",
  "Administration",
  "Elever og forældre",
  "Klasser",
  "Medarbejdere",
  "Skoler",
];

for (const role of ROLES) {
  test(`${role.email} signs in to their own home and navigation`, async ({ page }) => {
    await signIn(page, role.email);
    await expect(page.getByRole("heading", { level: 1, name: role.heading })).toBeVisible();
    await expect(page.getByTestId("active-school")).toHaveText("Demoskolen");
    const nav = page.getByRole("navigation", { name: "Hovedmenu" });
    for (const section of ALL_SECTIONS) {
      const link = nav.getByRole("link", { name: section, exact: true });
      if ((role.nav as readonly string[]).includes(section)) await expect(link).toBeVisible();
      else await expect(link).toHaveCount(0);
    }
    await expectAccessible(page);
  });
}

test("the PPR psychologist of two schools picks the school, then sees its home", async ({
  page,
}) => {
  await signIn(page, "ppr@demoskolen.dk");
  await expect(page.getByRole("heading", { name: "Vælg skole" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: /Nordskolen/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Trivselsforum" })).toBeVisible();
  await expect(page.getByTestId("active-school")).toHaveText("Nordskolen");
  await page.getByRole("link", { name: "Skift skole" }).click();
  await page.getByRole("button", { name: /Demoskolen/ }).click();
  await expect(page.getByTestId("active-school")).toHaveText("Demoskolen");
});

test("a wrong password and an unknown user get the same refusal", async ({ page }) => {
  await signIn(page, "trivselsperson@demoskolen.dk", "forkert-adgangskode", { refused: true });
  await expect(page.getByTestId("login-error")).toHaveText("E-mail eller adgangskode er forkert.");
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, "findes.ikke@demoskolen.dk", DEMO_PASSWORD, { refused: true });
  await expect(page.getByTestId("login-error")).toHaveText("E-mail eller adgangskode er forkert.");
  await expectAccessible(page);
});

test("a visit to a protected page without a session ends at the sign-in page", async ({ page }) => {
  for (const path of [
    "/",
    "/worklist",
    "/admin",
    "/admin/classes",
    "/dashboard",
    "/municipality",
  ]) {
    await page.goto(path);
    // The sign-in page remembers where the visitor was going (only paths of this app).
    await expect(page).toHaveURL(/\/login(\?callbackUrl=%2F[^?]*)?$/);
  }
});

test("after signing in, the user is back on the page she asked for", async ({ page }) => {
  await page.goto("/concerns?status=NEW");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel("E-mail").fill("trivselsperson@demoskolen.dk");
  await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page).toHaveURL(/\/concerns\?status=NEW$/);
  await expect(page.getByRole("heading", { level: 1, name: "Bekymringer" })).toBeVisible();
});

test("a callback to another site is ignored: sign-in lands on the user's home", async ({
  page,
}) => {
  for (const target of ["https://evil.example/", "//evil.example", "/\\evil.example"]) {
    await page.goto(`/login?callbackUrl=${encodeURIComponent(target)}`);
    await page.getByLabel("E-mail").fill("leder@demoskolen.dk");
    await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Log ind", exact: true }).click();
    await expect(page).toHaveURL(/^http:\/\/(localhost|127\.0\.0\.1):\d+\/dashboard$/);
    await page.context().clearCookies();
  }
});

test("a role cannot open another role's page by typing its address", async ({ page }) => {
  await signIn(page, "laerer@demoskolen.dk");
  await expect(page.getByRole("heading", { level: 1, name: "Mine bekymringer" })).toBeVisible();
  for (const path of ["/admin", "/admin/classes", "/worklist", "/dashboard", "/municipality"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Siden findes ikke" })).toBeVisible();
  }
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "leder@demoskolen.dk");
  await expect(page.getByRole("heading", { level: 1, name: "Overblik" })).toBeVisible();
  await page.getByRole("button", { name: "Log ud" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard$/);
});

test("the language switch turns the app English and back", async ({ page }) => {
  await signIn(page, "trivselsperson@demoskolen.dk");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Worklist" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Dansk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Arbejdsliste" })).toBeVisible();
});

test("next-auth's standard credentials endpoint signs a demo user in", async ({ request }) => {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: "admin@demoskolen.dk", password: DEMO_PASSWORD, json: "true" },
  });
  expect(response.ok()).toBe(true);
  const session = (await (await request.get("/api/auth/session")).json()) as {
    user?: { id?: string };
  };
  expect(session.user?.id).toMatch(/^[0-9a-f-]{36}$/);
});

test("a form sent after the session ran out keeps what was typed, and sends it once signed in again", async ({
  page,
}) => {
  await signIn(page, "laerer@demoskolen.dk");
  await page.goto("/concerns/new");
  const pupilSelect = page.getByLabel("Elev", { exact: true });
  const optionText = (await pupilSelect.locator("option").nth(2).textContent())!.trim();
  await pupilSelect.selectOption({ label: optionText });
  const pupil = await pupilSelect.inputValue();
  await page.getByLabel("Hvor alvorligt er det?").selectOption("YELLOW");
  await page.getByLabel("Sociale forhold").check();
  const observed = "Han spiser alene hver dag og har ikke haft en legeaftale siden sommerferien.";
  await page.getByLabel("Hvad har du set eller hørt?").fill(observed);

  // The session runs out while she writes (as after SESSION_IDLE_MINUTES without a request).
  await page.context().clearCookies();
  await page.getByRole("button", { name: "Send bekymringen" }).click();
  const message = page.getByTestId("form-message");
  await expect(message).toContainText("Du er blevet logget ud");
  await expect(message).toContainText("Intet er gemt endnu");
  await expect(page.getByLabel("Hvad har du set eller hørt?")).toHaveValue(observed);
  await expect(pupilSelect).toHaveValue(pupil);
  await expectAccessible(page);

  // She signs in again in a new tab; the form's tab is left as it was.
  const [tab] = await Promise.all([
    page.context().waitForEvent("page"),
    message.getByRole("link", { name: "Log ind i et nyt faneblad" }).click(),
  ]);
  await tab.getByLabel("E-mail").fill("laerer@demoskolen.dk");
  await tab.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
  await tab.getByRole("button", { name: "Log ind", exact: true }).click();
  await tab.waitForURL((url) => !url.pathname.startsWith("/login"));
  await tab.close();

  // The same button now sends what she wrote.
  await page.getByRole("button", { name: "Send bekymringen" }).click();
  await expect(page.getByText(/trivselspersonen har fået den på sin arbejdsliste/)).toBeVisible();
});
