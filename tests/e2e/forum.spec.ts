import type { Page } from "@playwright/test";
import { formatDate } from "@/lib/i18n";
import { expect, expectAccessible, signIn, signOut, test } from "./fixtures";

/**
 * DESIGN.md §4 flows 3–5 in the browser, across accounts. The trivselsperson records a
 * guardian's consent, creates a meeting and builds its agenda through the consent gate (a pupil
 * without consent is refused and goes on as an anonymous case), adds a general theme, writes the
 * minutes and ends the pupil's item in an action plan. Then PPR finds the meeting, the item and
 * her action in "Mine opgaver" and marks it done; the health nurse sees the meeting and the item;
 * leadership reads the minutes and plans and prints the agenda.
 */

const PLACE = "Mødelokale B12";
const MINUTES =
  "Forum drøftede elevens fravær og trivsel i klassen. Eleven har svært ved frikvartererne.";
const PPR_ACTION = "PPR observerer eleven i klassen og i frikvarteret";
const PARENTS_ACTION = "Forældrene sørger for, at eleven møder til tiden hver dag";
const ANONYMOUS = "Dreng i 7. klasse med stigende fravær og konflikter i frikvartererne";
const THEME = "Alkohol og rusmidler";

/** A calendar day in Denmark, `days` from today, as <input type="date"> wants it. */
function danishDay(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

/** Two pupils of a class without consent to the forum, found the way staff find them. */
async function pupilsWithoutConsent(page: Page, className: string): Promise<[string, string]> {
  await page
    .getByRole("navigation", { name: "Hovedmenu" })
    .getByRole("link", { name: "Elever" })
    .click();
  await page.getByLabel("Klasse").selectOption({ label: className });
  await page.getByRole("button", { name: "Søg" }).click();
  const rows = page.getByRole("table").getByRole("row").filter({ hasText: "Intet" });
  await expect(rows.nth(1)).toBeVisible();
  const name = async (index: number) =>
    (await rows.nth(index).getByRole("link").textContent())!.trim();
  return [await name(0), await name(1)];
}

async function findPupilForAgenda(page: Page, name: string, className: string) {
  await page.getByLabel("Elevens navn").fill(name);
  await page.getByLabel("Klasse", { exact: true }).selectOption({ label: className });
  await page.getByRole("button", { name: "Find elev" }).click();
  const option = page.getByLabel("Elev", { exact: true }).locator("option", { hasText: name });
  await expect(option).toHaveCount(1);
  await page
    .getByLabel("Elev", { exact: true })
    .selectOption({ label: (await option.textContent())!.trim() });
}

async function openMeeting(page: Page) {
  await page.goto("/forum");
  await page.getByRole("row").filter({ hasText: PLACE }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Trivselsforum / })).toBeVisible();
}

test("the forum: consent gate, agenda, minutes, action plan and each member's view", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const className = "7.B";
  const meetingDay = danishDay(7);
  const dueDay = danishDay(21);

  // Flow 3: the trivselsperson records a guardian's consent for one pupil.
  await signIn(page, "trivselsperson@demoskolen.dk");
  const [consented, withoutConsent] = await pupilsWithoutConsent(page, className);
  await page.getByRole("link", { name: consented }).click();
  await expect(page.getByRole("heading", { level: 1, name: consented })).toBeVisible();
  const consentsPath = `${new URL(page.url()).pathname}/consents`;
  await page.goto(consentsPath);
  await page.getByRole("button", { name: "Registrer samtykke eller afslag" }).click();
  await expect(page.getByText("Samtykket er registreret.")).toBeVisible();

  // A new meeting: the fixed members are invited.
  await page.goto("/forum");
  await expect(page.getByRole("heading", { level: 1, name: "Trivselsforum" })).toBeVisible();
  await page.getByLabel("Mødedato").fill(meetingDay);
  await page.getByLabel("Starter kl.").fill("14:00");
  await page.getByLabel("Slutter kl.").fill("15:30");
  await page.getByLabel("Sted", { exact: true }).fill(PLACE);
  await page.getByRole("button", { name: "Opret møde" }).click();
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: `Trivselsforum ${formatDate(meetingDay, "da", "long")}`,
    }),
  ).toBeVisible();
  await expect(page.getByText("Mødet er oprettet")).toBeVisible();
  const participants = page.getByTestId("participant");
  await expect(participants.filter({ hasText: "Sara Holm" })).toContainText("Fast medlem");
  await expect(participants.filter({ hasText: "Birgitte Kjær" })).toBeVisible();
  await expect(participants.filter({ hasText: "Henrik Bach" })).toBeVisible();
  const meetingUrl = page.url().replace(/\?.*$/, "");

  // Attendance is saved as soon as the box is ticked.
  const saved = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByRole("checkbox", { name: "Sara Holm deltog" }).check();
  await saved;
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Sara Holm deltog" })).toBeChecked();
  // The trivselsperson runs the meeting: her own row has no Fjern.
  await expect(participants.filter({ hasText: "Mette Lund" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Fjern Mette Lund fra mødet" })).toHaveCount(0);

  // An ad-hoc participant is invited, and taken off again: the row's Fjern, in the same form as
  // its box, leaves the attendance recorded for the others as it was.
  const invited = page.getByLabel("Medarbejder", { exact: true });
  const guest = (await invited.locator("option:not([value=''])").first().textContent())!.trim();
  await invited.selectOption({ label: guest });
  await page.getByRole("button", { name: "Tilføj deltager" }).click();
  await expect(participants.filter({ hasText: guest })).toContainText("Ad hoc-deltager");
  await page.getByRole("button", { name: `Fjern ${guest} fra mødet` }).click();
  await expect(participants.filter({ hasText: guest })).toHaveCount(0);
  await page.reload();
  await expect(participants.filter({ hasText: guest })).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: "Sara Holm deltog" })).toBeChecked();

  // The pupil with consent goes on the agenda by name.
  const agenda = page.getByTestId("agenda-item");
  await findPupilForAgenda(page, consented, className);
  await page.getByRole("button", { name: "Sæt eleven på dagsordenen" }).click();
  await expect(page.getByText("Punktet er tilføjet til dagsordenen.")).toBeVisible();
  await expect(agenda.filter({ hasText: consented })).toContainText("Samtykke");

  // The pupil without consent is refused, and goes on as an anonymous case instead.
  await findPupilForAgenda(page, withoutConsent, className);
  await page.getByRole("button", { name: "Sæt eleven på dagsordenen" }).click();
  await expect(
    page.getByText(/Eleven kan ikke komme på dagsordenen med navn: der er intet gyldigt samtykke/),
  ).toBeVisible();
  await page.screenshot({ path: "test-results/forum-gate-refused.png", fullPage: true });
  await page.getByRole("button", { name: "Tilføj som anonym sag" }).click();
  const description = page.getByLabel("Kort beskrivelse");
  await expect(description).toBeFocused();
  await expect(description).toHaveValue("");
  await description.fill(ANONYMOUS);
  await page.getByRole("button", { name: "Tilføj anonym sag" }).click();
  await expect(agenda.filter({ hasText: ANONYMOUS })).toContainText("Anonym sag");
  await expect(page.getByTestId("agenda-item").filter({ hasText: withoutConsent })).toHaveCount(0);

  // A general theme.
  await page.getByRole("radio", { name: "Generelt tema" }).check();
  await page.getByLabel("Tema", { exact: true }).selectOption({ label: THEME });
  await page.getByRole("button", { name: "Tilføj tema" }).click();
  await expect(agenda.filter({ hasText: THEME })).toContainText("Generelt tema");
  await expect(agenda).toHaveCount(3);

  // The order: the agenda is one form, and the pressed button moves its item past its neighbour.
  await page.getByRole("button", { name: "Flyt punkt 3 op" }).click();
  await expect(agenda.nth(1)).toContainText(THEME);
  await expect(agenda.nth(2)).toContainText(ANONYMOUS);
  await page.getByRole("button", { name: "Flyt punkt 2 ned" }).click();
  await expect(agenda.nth(2)).toContainText(THEME);
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/forum-meeting.png", fullPage: true });

  // The calendar file: for participants, time and place only.
  const calendar = await page.request.get(`${meetingUrl}/calendar.ics`);
  expect(calendar.status()).toBe(200);
  expect(calendar.headers()["content-type"]).toContain("text/calendar");
  expect(calendar.headers()["content-disposition"]).toContain(
    `filename="trivselsforum-${meetingDay}.ics"`,
  );
  const ics = await calendar.text();
  expect(ics).toContain("BEGIN:VEVENT\r\n");
  expect(ics).toContain("SUMMARY:Trivselsforum – Demoskolen\r\n");
  expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z\r\n/);
  expect(ics).not.toContain(consented);

  // Printed before the meeting: the agenda the members bring along, with room for their notes.
  await page.goto(`${meetingUrl}/print`);
  const agendaOnPaper = page.getByTestId("forum-print");
  await expect(
    agendaOnPaper.getByRole("heading", { level: 1, name: "Dagsorden", exact: true }),
  ).toBeVisible();
  await expect(agendaOnPaper.getByRole("heading", { level: 4, name: "Noter" })).toHaveCount(3);
  await expect(agendaOnPaper).not.toContainText("Intet referat");
  await expectAccessible(page);
  await page.goto(meetingUrl);

  // Flow 4: in the meeting, the pupil's item: minutes and an action plan.
  await agenda.filter({ hasText: consented }).getByRole("link", { name: consented }).click();
  await expect(page.getByRole("heading", { level: 1, name: consented })).toBeVisible();
  await expect(page).not.toHaveTitle(new RegExp(consented));
  await page.getByLabel("Referat af drøftelsen").fill(MINUTES);
  await page.getByRole("button", { name: "Gem referat" }).click();
  await expect(page.getByText("Referatet er gemt.")).toBeVisible();

  for (const [text, responsible] of [
    [PPR_ACTION, "Sara Holm"],
    [PARENTS_ACTION, "Forældrene"],
  ] as const) {
    const descriptionField = page.getByLabel("Handling", { exact: true });
    // The disclosure stays open after the first action.
    if (!(await descriptionField.isVisible())) await page.getByText("Ny handling").click();
    await descriptionField.fill(text);
    await page.getByLabel("Ansvarlig", { exact: true }).selectOption({ label: responsible });
    await page.getByLabel("Frist").fill(dueDay);
    await page.getByRole("button", { name: "Tilføj handling" }).click();
    await expect(page.getByTestId("plan-action").filter({ hasText: text })).toContainText(
      responsible,
    );
  }

  // The parents did not attend: the plan needs someone to give them feedback, by a date.
  await page
    .getByRole("textbox", { name: /^Forældreinddragelse/ })
    .fill("Mette ringer til forældrene og inviterer dem til et møde om planen.");
  await page.getByLabel("Opfølgning i Trivselsforum").fill(danishDay(42));
  await page.getByRole("button", { name: "Gem handleplan" }).click();
  await expect(
    page.getByText("Forældrene deltog ikke: angiv, hvem der giver dem tilbagemelding"),
  ).toBeVisible();
  await page.getByLabel("Ansvarlig for tilbagemeldingen").selectOption({ label: "Mette Lund" });
  await page.getByLabel("Tilbagemelding senest").fill(danishDay(10));
  await page.getByRole("button", { name: "Gem handleplan" }).click();
  await expect(page.getByText("Handleplanen er gemt.")).toBeVisible();
  await expect(page.getByText(/Mette Lund giver forældrene tilbagemelding senest/)).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/forum-item.png", fullPage: true });
  const itemPath = new URL(page.url()).pathname;
  await signOut(page);

  // Flow 5: PPR (several schools) sees the meeting, the item and her action, and marks it done.
  await signIn(page, "ppr@demoskolen.dk");
  await page.getByRole("button", { name: /Demoskolen/ }).click();
  await expect(page.getByTestId("active-school")).toHaveText("Demoskolen");
  await openMeeting(page);
  await expectAccessible(page);
  await page.getByRole("link", { name: consented }).click();
  await expect(page.getByRole("heading", { level: 1, name: consented })).toBeVisible();
  await expect(page.getByLabel("Referat af drøftelsen")).toHaveValue(MINUTES);
  await page.goto("/actions");
  const task = page.getByRole("listitem").filter({ hasText: PPR_ACTION });
  await expect(task).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: PARENTS_ACTION })).toHaveCount(0);
  await task.getByRole("button", { name: /Marker som udført/ }).click();
  await expect(page.getByText("Opgaven er markeret som udført.")).toBeVisible();
  await signOut(page);

  // The health nurse sees the meeting and the pupil's item.
  await signIn(page, "sundhedsplejerske@demoskolen.dk");
  await openMeeting(page);
  await expect(page.getByTestId("agenda-item")).toHaveCount(3);
  await page.getByRole("link", { name: consented }).click();
  await expect(page.getByRole("heading", { level: 1, name: consented })).toBeVisible();
  await expect(page.getByTestId("plan-action").filter({ hasText: PPR_ACTION })).toBeVisible();
  await signOut(page);

  // Leadership reads the minutes and the plan, and prints the agenda and minutes.
  await signIn(page, "leder@demoskolen.dk");
  await page.goto(itemPath);
  await expect(page.getByRole("heading", { level: 1, name: consented })).toBeVisible();
  await expect(page.getByLabel("Referat af drøftelsen")).toHaveValue(MINUTES);
  await expect(page.getByTestId("plan-action").filter({ hasText: PPR_ACTION })).toBeVisible();
  await expect(page.getByRole("combobox", { name: `Status for »${PPR_ACTION}«` })).toHaveValue(
    "DONE",
  );
  await page.goto(meetingUrl);
  await page.getByRole("link", { name: "Udskriv dagsorden og referat" }).click();
  const printed = page.getByTestId("forum-print");
  await expect(printed.getByRole("heading", { name: "Dagsorden og referat" })).toBeVisible();
  await expect(printed).toContainText(consented);
  await expect(printed).toContainText(MINUTES);
  await expect(printed).toContainText(PPR_ACTION);
  await expect(printed).toContainText(PARENTS_ACTION);
  await expect(printed).toContainText(ANONYMOUS);
  await expect(printed).toContainText(THEME);
  await expect(printed).toContainText("Mette Lund giver forældrene tilbagemelding senest");
  await expect(printed).not.toContainText(withoutConsent);
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: "test-results/forum-print.png", fullPage: true });
  await page.emulateMedia({ media: "screen" });
  await signOut(page);

  // Signed out, the calendar file answers 401.
  expect((await page.request.get(`${meetingUrl}/calendar.ics`)).status()).toBe(401);

  // The guardians withdraw their consent: the item is blocked, with a clear message to the
  // trivselsperson, and the other members no longer see who it was about.
  await signIn(page, "trivselsperson@demoskolen.dk");
  await page.goto(consentsPath);
  await page.getByText("Tilbagekald", { exact: true }).click();
  await page.getByRole("button", { name: "Registrer tilbagekald" }).click();
  await expect(page.getByText(/^Tilbagekaldt \d/)).toBeVisible();
  await page.goto(meetingUrl);
  const blocked = page.getByTestId("agenda-item").filter({ hasText: consented });
  await expect(blocked).toContainText("Spærret");
  await blocked.getByRole("link", { name: consented }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Punkt spærret" })).toBeVisible();
  await expect(page.getByText(/^Punktet er spærret: samtykket/)).toBeVisible();
  await expect(page.locator("main")).not.toContainText(MINUTES);
  await expectAccessible(page);
  await signOut(page);

  await signIn(page, "sundhedsplejerske@demoskolen.dk");
  await page.goto(meetingUrl);
  await expect(page.getByTestId("agenda-item").first()).toContainText("Punkt spærret");
  await expect(page.locator("main")).not.toContainText(consented);
  await page.goto(itemPath);
  await expect(page.getByRole("heading", { name: "Siden findes ikke" })).toBeVisible();
  await page.goto(`${meetingUrl}/print`);
  await expect(page.getByTestId("forum-print")).toContainText("1. Punkt spærret");
  await expect(page.getByTestId("forum-print")).not.toContainText(consented);
  await expect(page.getByTestId("forum-print")).not.toContainText(PPR_ACTION);
});

test("staff outside the forum see only the meetings they are invited to", async ({ page }) => {
  // The teacher: the meetings she is invited to ad hoc, and no other.
  await signIn(page, "laerer@demoskolen.dk");
  await page.goto("/forum");
  await expect(
    page.getByText("Du ser de møder i Trivselsforum, du er inviteret til."),
  ).toBeVisible();
  const rows = page
    .getByRole("table")
    .getByRole("row")
    .filter({ has: page.getByRole("link") });
  await expect(rows).toHaveCount(await rows.filter({ hasText: "Du deltager" }).count());
  await expectAccessible(page);
  if ((await rows.count()) > 0) {
    // An ad-hoc participant reads and writes in the meeting, but does not run it.
    await rows.first().getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1, name: /^Trivselsforum / })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Tilføj punkt" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Fjern/ })).toHaveCount(0);
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/forum-ad-hoc.png", fullPage: true });
  }
  await signOut(page);

  // The administrator is invited to none: an empty state that says why.
  await signIn(page, "admin@demoskolen.dk");
  await page.goto("/forum");
  await expect(page.getByText("Du er ikke inviteret til noget møde lige nu.")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
});
