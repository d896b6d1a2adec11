import { expect, signIn, test } from "./fixtures";

/**
 * "Send bekymringen" pressed again while the first send waits for its answer, before the page's
 * JavaScript has loaded (which disables the button while a form is sent): the browser posts the
 * form itself, twice, and the concern is raised once (docs/decisions/0040). A browser that runs no
 * JavaScript at all is that moment made to last. With the code before, two concerns.
 */
test("a concern sent again before the page's JavaScript runs is raised once", async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, "laerer@demoskolen.dk");
  const noScript = await browser.newContext({
    baseURL,
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const form = await noScript.newPage();
  await form.goto("/concerns/new");
  const pupilSelect = form.getByLabel("Elev", { exact: true });
  const optionText = (await pupilSelect.locator("option").nth(3).textContent())!.trim();
  const pupilName = optionText.split(",")[0]!.trim();
  await pupilSelect.selectOption({ label: optionText });
  await form.getByLabel("Hvor alvorligt er det?").selectOption("YELLOW");
  await form.getByLabel("Sociale forhold").check();
  await form
    .getByLabel("Hvad har du set eller hørt?")
    .fill("Han har grædt i flere frikvarterer og vil ikke fortælle, hvad der er sket.");

  const concernsAbout = async () => {
    await page.goto("/concerns");
    return page.getByRole("table").getByRole("row").filter({ hasText: pupilName }).count();
  };
  const before = await concernsAbout();

  const posts: string[] = [];
  form.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  // The server saves at once, but its first answer is slow to reach her, as on a busy morning:
  // she presses again. (Two clicks in the same instant are one send — the browser drops the
  // first planned navigation — so the second press comes while the first waits for its answer.)
  let answered = 0;
  await form.route("**/concerns/new", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const response = await route.fetch({ maxRedirects: 0 });
    if (answered++ === 0) await new Promise((resolve) => setTimeout(resolve, 1_500));
    // The first navigation was given up for the second: its answer has nowhere to go.
    await route.fulfill({ response }).catch(() => undefined);
  });
  // The button has the focus; each press of Enter presses it.
  await form.getByRole("button", { name: "Send bekymringen" }).focus();
  await form.keyboard.press("Enter");
  await expect.poll(() => answered).toBe(1);
  await form.keyboard.press("Enter");
  await form.waitForURL(/notice=created/);
  // The browser did send it twice: the check below is about the second send.
  expect(posts).toHaveLength(2);

  expect(await concernsAbout()).toBe(before + 1);
  await noScript.close();
});
