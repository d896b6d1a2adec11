/**
 * "Today" is today in Denmark, at any hour. Between midnight in Denmark and midnight UTC the two
 * calendars name different days; an app that took its day from the UTC clock would, in that hour,
 * refuse today's absence as "in the future", keep a consent given today from opening the forum's
 * gate, and date the dashboard a day early. By day these checks cannot tell the two calendars
 * apart: `npm run drill:midnight` runs them, with every other test, at 00.30 in Denmark
 * (docs/decisions/0039).
 *
 * The expected day comes from the platform's time-zone data, not from the app's own `lib/dates`.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { checkAbsenceFile } from "@/lib/absence/import";
import { recordAbsence, recordAbsenceInput } from "@/lib/absence/manual";
import type { Actor } from "@/lib/auth/policy";
import { getSchoolDashboard } from "@/lib/dashboard/school";
import { addDays, isoDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { addAgendaItem } from "@/lib/forum/agenda";
import { getAgendaItem } from "@/lib/forum/item";
import { createMeeting } from "@/lib/forum/meetings";
import { createMeetingInput } from "@/lib/forum/schemas";
import { createActor, createConsent, createPupil, createSchool } from "../support/factories";

/** Today in Denmark, "2026-12-08", as the platform's own time-zone data has it. */
function danishToday(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date());
}

/** Days on from a day, by lib/dates: only where "today" comes from is under test here. */
const dayAfter = (iso: string, days: number) => isoDay(addDays(new Date(`${iso}T00:00:00Z`), days));

describe("today, as the school's staff mean it", () => {
  let trivsel: Actor;
  let leader: Actor;
  let school: Awaited<ReturnType<typeof createSchool>>;

  beforeAll(async () => {
    school = await createSchool();
    trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    leader = await createActor(school, ["LEADERSHIP"]);
  });

  it("takes absence up to and including today, and refuses tomorrow's as in the future", async () => {
    const pupil = await createPupil(school.id, { externalId: "T1" });
    const today = danishToday();
    const file = (until: string) =>
      ["elevnummer;fra;til;type", `T1;${dayAfter(until, -6)};${until};syg`].join("\n");

    expect(
      (await checkAbsenceFile(trivsel, { name: "i-dag.csv", text: file(today) })).problems,
    ).toEqual([]);
    const tomorrow = await checkAbsenceFile(trivsel, {
      name: "i-morgen.csv",
      text: file(dayAfter(today, 1)),
    });
    expect(tomorrow.problems.map((problem) => problem.reason)).toEqual([
      "absence.import.errors.future",
    ]);

    // Registered by hand: a period ending today is taken as it is.
    const input = recordAbsenceInput.safeParse({
      pupilId: pupil.id,
      from: dayAfter(today, -6),
      to: today,
      kind: "ILLNESS",
    });
    expect(input.error?.issues).toBeUndefined();
    await recordAbsence(trivsel, input.data!);
    // A week holds a school day (the longest run without one is Easter's, Thursday to Monday),
    // and only school days are recorded.
    expect(await db.absenceRecord.count({ where: { pupilId: pupil.id } })).toBeGreaterThan(0);
    expect(
      recordAbsenceInput.safeParse({
        pupilId: pupil.id,
        from: today,
        to: dayAfter(today, 1),
        kind: "ILLNESS",
      }).success,
    ).toBe(false);
  });

  it("opens the forum's gate today for a consent given from today", async () => {
    const pupil = await createPupil(school.id);
    const today = new Date(`${danishToday()}T00:00:00Z`);
    await createConsent(school.id, pupil.id, trivsel.userId, {
      scopes: ["FORUM"],
      validFrom: today,
      validUntil: addDays(today, 30),
    });
    const meeting = await createMeeting(
      trivsel,
      createMeetingInput.parse({ day: danishToday(), startTime: "14:00", place: "Mødelokalet" }),
    );
    const item = await addAgendaItem(trivsel, {
      kind: "PUPIL",
      meetingId: meeting.id,
      pupilId: pupil.id,
      concernId: null,
      guardiansAttending: false,
      pupilAttending: false,
    });
    // Opened today, the item is open: the consent holds on the meeting's day and today.
    expect((await getAgendaItem(trivsel, item.id)).gate).toBe("OPEN_CONSENT");
  });

  it("dates the leadership dashboard today", async () => {
    const dashboard = await getSchoolDashboard(leader);
    expect(dashboard.today).toBe(danishToday());
    expect(dashboard.until).toBe(danishToday());
  });
});
