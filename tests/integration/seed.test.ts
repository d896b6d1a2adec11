import { afterEach, describe, expect, it, vi } from "vitest";
import { listMyActions } from "@/lib/action-plans/my-actions";
import { verifyCredentials } from "@/lib/auth/credentials";
import { validForumConsentWhere } from "@/lib/auth/policy";
import { danishClock } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { meetingDay } from "@/lib/forum/gate";
import type { Role } from "@/lib/generated/prisma/enums";
import { getMunicipalityDashboard } from "@/lib/dashboard/municipality";
import { getSchoolDashboard } from "@/lib/dashboard/school";
import { getWorklist } from "@/lib/worklist";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/demo";
import { seedDemo } from "@/prisma/seed";
import { actorAt } from "../support/factories";

describe("the demo school", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("refuses to create demo users in production unless told to", async () => {
    vi.stubEnv("NODE_ENV", "production");
    await expect(seedDemo(db)).rejects.toThrow(/Refusing/);
    expect(await db.user.count()).toBe(0);
  });

  it("creates both schools, every demo role and realistic content, once", async () => {
    await seedDemo(db, { today: new Date("2026-11-21T00:00:00Z") });
    const schools = await db.school.findMany({
      select: { name: true, _count: { select: { pupils: true, classes: true } } },
      orderBy: { name: "asc" },
    });
    expect(schools).toEqual([
      { name: "Demoskolen", _count: { pupils: 400, classes: 20 } },
      { name: "Nordskolen", _count: { pupils: 150, classes: 10 } },
    ]);
    for (const user of DEMO_USERS) {
      expect(await verifyCredentials(user.email, DEMO_PASSWORD), user.email).not.toBeNull();
    }
    const teacher = await db.user.findUniqueOrThrow({
      where: { email: "laerer@demoskolen.dk" },
      select: { classes: true },
    });
    expect(teacher.classes).toHaveLength(2);
    expect(await db.caseEntry.count()).toBeGreaterThan(20);
    expect(await db.caseEntry.count({ where: { confidentiality: "PROFESSION" } })).toBeGreaterThan(
      0,
    );

    await expectForumContent(new Date("2026-11-21T00:00:00Z"));
    await expectAbsenceAndDashboards(new Date("2026-11-21T00:00:00Z"));

    const pupilsBefore = await db.pupil.count();
    await seedDemo(db);
    expect(await db.pupil.count()).toBe(pupilsBefore);
  });
});

/** Demoskolen's Trivselsforum: held meetings since August, the next one planned, sound plans. */
async function expectForumContent(today: Date) {
  const school = await db.school.findFirstOrThrow({ where: { name: "Demoskolen" } });
  const userByEmail = (email: string) => db.user.findUniqueOrThrow({ where: { email } });
  const actorOf = async (email: string, role: Role) =>
    actorAt(await userByEmail(email), school, [role]);
  const meetings = await db.forumMeeting.findMany({
    where: { schoolId: school.id },
    orderBy: { startsAt: "asc" },
    include: {
      participants: true,
      agendaItems: {
        orderBy: { position: "asc" },
        include: { actionPlan: { include: { actions: true, parentFeedback: true } } },
      },
    },
  });
  expect(meetings.map((meeting) => meeting.status)).toEqual([
    "HELD",
    "HELD",
    "HELD",
    "HELD",
    "PLANNED",
  ]);
  for (const meeting of meetings) {
    expect(meetingDay(meeting.startsAt).getUTCDay(), "a Tuesday").toBe(2);
    expect(danishClock(meeting.startsAt)).toBe("14:00");
    expect(meeting.startsAt.getTime() < today.getTime()).toBe(meeting.status === "HELD");
    expect(meeting.participants.filter((row) => !row.adHoc)).toHaveLength(6);
  }
  const teacher = await userByEmail("laerer@demoskolen.dk");
  const withTeacher = meetings.filter((meeting) =>
    meeting.participants.some((row) => row.userId === teacher.id && row.adHoc),
  );
  expect(withTeacher).toHaveLength(1);
  const teachersPupils = await db.pupil.count({
    where: {
      id: { in: withTeacher[0]!.agendaItems.flatMap((item) => item.pupilId ?? []) },
      class: { teachers: { some: { userId: teacher.id } } },
    },
  });
  expect(teachersPupils).toBeGreaterThan(0);

  const items = meetings.flatMap((meeting) =>
    meeting.agendaItems.map((item) => ({ ...item, meeting })),
  );
  expect(new Set(items.map((item) => item.kind))).toEqual(
    new Set(["PUPIL", "ANONYMOUS_CASE", "THEME"]),
  );
  let guardiansWithoutConsent = 0;
  for (const item of items) {
    if (item.kind !== "PUPIL") {
      expect(item.pupilId, item.title).toBeNull();
      continue;
    }
    // Through the consent gate on the meeting's day.
    const consented = await db.consent.count({
      where: {
        pupilId: item.pupilId!,
        ...validForumConsentWhere(meetingDay(item.meeting.startsAt)),
      },
    });
    expect(consented > 0 || item.guardiansAttending, item.title).toBe(true);
    if (item.guardiansAttending && consented === 0) guardiansWithoutConsent++;
    const plan = item.actionPlan;
    if (item.meeting.status !== "HELD") {
      expect(plan).toBeNull();
      expect(item.minutes).toBeNull();
      continue;
    }
    expect(item.minutes).toBeTruthy();
    expect(plan?.parentInvolvement, item.title).toBeTruthy();
    // Feedback to the parents exactly when they did not attend.
    expect(!!plan?.parentFeedback, item.title).toBe(!item.guardiansAttending);
  }
  expect(guardiansWithoutConsent).toBe(1);
  expect(meetings.at(-1)!.agendaItems.length).toBeGreaterThanOrEqual(3);

  const actions = items.flatMap((item) => item.actionPlan?.actions ?? []);
  expect(new Set(actions.map((action) => action.responsibleKind))).toEqual(
    new Set(["USER", "PARENTS", "PUPIL"]),
  );
  for (const action of actions) {
    expect(action.status === "DONE").toBe(action.completedAt !== null);
    if (action.completedAt) expect(action.completedAt.getTime()).toBeLessThan(today.getTime());
  }
  const feedback = items.flatMap((item) => item.actionPlan?.parentFeedback ?? []);
  expect(feedback.filter((row) => row.givenOn === null)).toHaveLength(1);
  for (const row of feedback.filter((row) => row.givenOn !== null)) {
    expect(row.summary).toBeTruthy();
    expect(row.givenOn!.getTime()).toBeLessThan(today.getTime());
  }

  // PPR (Sara Holm) has done, open and overdue actions; the teacher has hers.
  const ppr = await listMyActions(await actorOf("ppr@demoskolen.dk", "PPR"), {
    today,
    now: today,
  });
  expect(ppr.overdue.length).toBeGreaterThan(0);
  expect(ppr.open.length).toBeGreaterThan(0);
  const teacherTasks = await listMyActions(await actorOf("laerer@demoskolen.dk", "TEACHER"), {
    today,
    now: today,
  });
  expect(teacherTasks.overdue.length + teacherTasks.open.length).toBeGreaterThan(0);

  // The trivselsperson's worklist: the next meeting, and the open feedback among her tasks.
  const worklist = await getWorklist(
    await actorOf("trivselsperson@demoskolen.dk", "TRIVSELSPERSON"),
    { today },
  );
  expect(worklist.nextMeeting).toMatchObject({ id: meetings.at(-1)!.id });
  expect(worklist.myActions.items.filter((row) => row.type === "feedback")).toHaveLength(1);
  expect(worklist.myActions.items.some((row) => row.overdue)).toBe(true);
}

/**
 * Both schools' absence since the first school day, pupils over the thresholds with and without
 * follow-up, Nordskolen's concerns — and so dashboards with figures to show rather than "<5".
 */
async function expectAbsenceAndDashboards(today: Date) {
  const schools = await db.school.findMany({ orderBy: { name: "asc" } });
  for (const school of schools) {
    const pupils = await db.pupil.count({ where: { schoolId: school.id } });
    const absent = await db.absenceRecord.findMany({
      where: { schoolId: school.id },
      distinct: ["pupilId"],
      select: { pupilId: true },
    });
    expect(absent.length / pupils, school.name).toBeGreaterThan(0.7);
    expect(absent.length, school.name).toBeLessThan(pupils);
  }
  const [weekend] = await db.$queryRaw<{ count: number }[]>`
    SELECT COUNT(*)::int AS count FROM "AbsenceRecord" WHERE EXTRACT(ISODOW FROM "date") > 5`;
  expect(weekend!.count).toBe(0);
  expect(await db.absenceRecord.count({ where: { date: { gte: today } } })).toBe(0);
  const kinds = await db.absenceRecord.groupBy({ by: ["kind"], _count: true });
  expect(kinds.map((row) => row.kind).sort()).toEqual(["AUTHORISED", "ILLNESS", "UNAUTHORISED"]);
  expect(await db.absenceRecord.count({ where: { lessons: { not: null } } })).toBeGreaterThan(0);

  const [demo, nord] = schools as [(typeof schools)[number], (typeof schools)[number]];
  expect(
    await db.concern.count({ where: { schoolId: nord.id, status: { not: "CLOSED" } } }),
  ).toBeGreaterThanOrEqual(5);

  // The trivselsperson's worklist has pupils over a threshold without follow-up.
  const trivsel = await db.user.findUniqueOrThrow({
    where: { email: "trivselsperson@demoskolen.dk" },
  });
  const worklist = await getWorklist(actorAt(trivsel, demo, ["TRIVSELSPERSON"]), { today });
  expect(worklist.absence.total).toBeGreaterThanOrEqual(5);

  // Leadership's dashboard: absence, thresholds with and without follow-up, time to first action.
  const leader = await db.user.findUniqueOrThrow({ where: { email: "leder@demoskolen.dk" } });
  const dashboard = await getSchoolDashboard(actorAt(leader, demo, ["LEADERSHIP"]), { today });
  expect(dashboard.figures.absence.ratePct).toBeGreaterThan(2);
  expect(dashboard.figures.absence.ratePct).toBeLessThan(10);
  expect(typeof dashboard.figures.absence.unauthorisedPct).toBe("number");
  const rules = dashboard.figures.thresholds.rules;
  expect(rules.some((row) => typeof row.withFollowUp === "number")).toBe(true);
  expect(rules.some((row) => typeof row.withoutFollowUp === "number")).toBe(true);
  expect(dashboard.overThreshold.items.length).toBe(worklist.absence.total);
  expect(typeof dashboard.figures.firstAction.medianDays).toBe("number");
  // Only the weeks of the holidays (and one withheld beside them) have no figure.
  expect(
    dashboard.absenceByWeek.filter((week) => typeof week.ratePct === "number").length,
  ).toBeGreaterThanOrEqual(dashboard.absenceByWeek.length - 4);

  // The municipal consultant compares the two schools.
  const consultant = await db.user.findUniqueOrThrow({ where: { email: "kommune@demoskolen.dk" } });
  const view = await getMunicipalityDashboard(actorAt(consultant, demo, ["MUNICIPALITY"]), {
    today,
  });
  expect(view.schools.map((school) => school.name)).toEqual(["Demoskolen", "Nordskolen"]);
  for (const { figures } of view.schools) {
    expect(typeof figures.absence.ratePct).toBe("number");
    expect(typeof figures.concerns.open).toBe("number");
    expect(typeof figures.concerns.openPer100).toBe("number");
    expect(typeof figures.firstAction.medianDays).toBe("number");
  }
}
