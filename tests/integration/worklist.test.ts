/**
 * The trivselsperson's worklist on a real database, section by section, at the boundaries:
 * follow-ups due at today + 7 in and + 8 out; the absence rules exactly at their thresholds and
 * one below, silenced by a follow-up inside their own window only; consents expiring in 30 days
 * in and superseded or withdrawn ones out; and another school's data never.
 *
 * Today is Wednesday 18 November 2026. The 60 weekdays up to it start on Thursday 27 August; the
 * quarter started on Thursday 1 October, and has had 35 weekdays so far.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Actor } from "@/lib/auth/policy";
import { raiseConcern } from "@/lib/concerns";
import { addDays, isoDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import type {
  AbsenceKind,
  CaseEntryKind,
  Confidentiality,
  Role,
} from "@/lib/generated/prisma/enums";
import { getWorklist } from "@/lib/worklist";
import {
  createActor,
  createClass,
  createForumMeeting,
  createItemWithPlan,
  createParentFeedback,
  createPupil,
  createSchool,
} from "../support/factories";

const TODAY = new Date("2026-11-18T00:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const WINDOW_START = "2026-08-27";
const QUARTER_START = "2026-10-01";

type School = Awaited<ReturnType<typeof createSchool>>;

/** The `count` most recent weekdays up to and including today, newest first. */
function recentWeekdays(count: number): Date[] {
  const days: Date[] = [];
  for (let cursor = TODAY; days.length < count; cursor = addDays(cursor, -1)) {
    const weekday = cursor.getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(cursor);
  }
  return days;
}

async function absence(schoolId: string, pupilId: string, days: Date[], kind: AbsenceKind) {
  await db.absenceRecord.createMany({
    data: days.map((date) => ({ schoolId, pupilId, date, kind, source: "MANUAL" as const })),
  });
}

async function entry(
  schoolId: string,
  pupilId: string,
  author: Actor,
  overrides: {
    kind?: CaseEntryKind;
    occurredOn?: Date;
    confidentiality?: Confidentiality;
    authorRole?: Role;
    followUpOn?: Date | null;
    followUpOwnerId?: string | null;
    followUpDoneAt?: Date | null;
    title?: string;
  } = {},
) {
  return db.caseEntry.create({
    data: {
      schoolId,
      pupilId,
      authorId: author.userId,
      authorRole: overrides.authorRole ?? "TRIVSELSPERSON",
      kind: overrides.kind ?? "CONVERSATION",
      confidentiality: overrides.confidentiality ?? "CASE",
      occurredOn: overrides.occurredOn ?? TODAY,
      title: overrides.title ?? "Samtale",
      details: { notes: "Indhold, som arbejdslisten aldrig viser" },
      followUpOn: overrides.followUpOn ?? null,
      followUpOwnerId: overrides.followUpOwnerId ?? null,
      followUpDoneAt: overrides.followUpDoneAt ?? null,
    },
  });
}

describe("who may open the worklist", () => {
  it.each(["TEACHER", "LEADERSHIP", "PPR", "ADMIN"] as const)("refuses %s", async (role) => {
    const school = await createSchool();
    const someone = await createActor(school, [role]);
    await expect(getWorklist(someone, { today: TODAY })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("opens an empty worklist with every section empty", async () => {
    const school = await createSchool();
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const worklist = await getWorklist(trivsel, { today: TODAY });
    expect(worklist).toMatchObject({
      today: "2026-11-18",
      newConcerns: { items: [], total: 0 },
      followUps: { items: [], total: 0 },
      absence: { items: [], total: 0 },
      consents: { items: [], total: 0 },
      myActions: { items: [], total: 0 },
      nextMeeting: null,
    });
  });
});

describe("new concerns", () => {
  it("lists NEW concerns of the school, red first, then the longest waiting", async () => {
    const school = await createSchool();
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const teacher = await createActor(school, ["TEACHER"]);
    const schoolClass = await createClass(school.id, { grade: 6, letter: "C" });
    const pupil = await createPupil(school.id, { classId: schoolClass.id, firstName: "Noa" });
    const concern = (
      level: "GREEN" | "YELLOW" | "RED",
      status: "NEW" | "IN_PROGRESS",
      at: string,
    ) =>
      db.concern.create({
        data: {
          schoolId: school.id,
          pupilId: pupil.id,
          raisedById: teacher.userId,
          source: "TEACHER",
          categories: ["SOCIAL"],
          level,
          status,
          description: "Beskrivelse, som arbejdslisten ikke viser",
          createdAt: new Date(at),
        },
      });
    const green = await concern("GREEN", "NEW", "2026-11-01T09:00:00Z");
    const redNew = await concern("RED", "NEW", "2026-11-17T09:00:00Z");
    const redOld = await concern("RED", "NEW", "2026-11-10T09:00:00Z");
    const yellow = await concern("YELLOW", "NEW", "2026-11-18T07:00:00Z");
    await concern("RED", "IN_PROGRESS", "2026-11-12T09:00:00Z");
    const elsewhere = await createSchool();
    await raiseConcern(await createActor(elsewhere, ["TRIVSELSPERSON"]), {
      pupilId: (await createPupil(elsewhere.id)).id,
      categories: ["CRIME"],
      level: "RED",
      description: "En anden skoles bekymring",
      noticedBy: null,
    });

    const { newConcerns } = await getWorklist(trivsel, { today: TODAY });
    expect(newConcerns.total).toBe(4);
    expect(newConcerns.items.map((item) => item.id)).toEqual([
      redOld.id,
      redNew.id,
      yellow.id,
      green.id,
    ]);
    expect(newConcerns.items.map((item) => item.ageDays)).toEqual([8, 1, 0, 17]);
    expect(newConcerns.items[0]).toMatchObject({
      raisedByName: teacher.name,
      pupil: { id: pupil.id, className: "6.C" },
    });
    expect(JSON.stringify(newConcerns)).not.toContain("Beskrivelse");
  });
});

describe("follow-ups", () => {
  let school: School;
  let trivsel: Actor;
  let ids: Record<string, string>;

  beforeAll(async () => {
    school = await createSchool();
    trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const colleague = await createActor(school, ["TRIVSELSPERSON"]);
    const nurse = await createActor(school, ["HEALTH_NURSE"]);
    const pupil = await createPupil(school.id);
    const mine = (followUpOn: Date, extra: Parameters<typeof entry>[3] = {}) =>
      entry(school.id, pupil.id, colleague, {
        followUpOn,
        followUpOwnerId: trivsel.userId,
        ...extra,
      });
    ids = {
      dueIn7: (await mine(addDays(TODAY, 7), { title: "Hemmelig overskrift" })).id,
      dueIn8: (await mine(addDays(TODAY, 8))).id,
      overdue: (await mine(addDays(TODAY, -3), { kind: "ABSENCE_FOLLOW_UP" })).id,
      dueToday: (await mine(TODAY)).id,
      done: (await mine(TODAY, { followUpDoneAt: new Date() })).id,
      othersOwn: (
        await entry(school.id, pupil.id, trivsel, {
          followUpOn: TODAY,
          followUpOwnerId: colleague.userId,
        })
      ).id,
      unassignedCase: (
        await entry(school.id, pupil.id, colleague, { followUpOn: addDays(TODAY, 2) })
      ).id,
      unassignedNurseNote: (
        await entry(school.id, pupil.id, nurse, {
          followUpOn: TODAY,
          confidentiality: "PROFESSION",
          authorRole: "HEALTH_NURSE",
        })
      ).id,
      unassignedPrivateOfColleague: (
        await entry(school.id, pupil.id, colleague, {
          followUpOn: TODAY,
          confidentiality: "PRIVATE",
        })
      ).id,
      noFollowUp: (await entry(school.id, pupil.id, colleague)).id,
    };
    // The same person works at another school too: their follow-ups there stay there.
    const elsewhere = await createSchool();
    const sameUserThere = await createActor(elsewhere, ["TRIVSELSPERSON"], {
      userId: trivsel.userId,
    });
    ids.otherSchool = (
      await entry(elsewhere.id, (await createPupil(elsewhere.id)).id, sameUserThere, {
        followUpOn: TODAY,
        followUpOwnerId: trivsel.userId,
      })
    ).id;
  });

  it("shows my open follow-ups up to today + 7, overdue first, and unassigned ones I may read", async () => {
    const { followUps } = await getWorklist(trivsel, { today: TODAY });
    expect(followUps.items.map((item) => item.entryId)).toEqual([
      ids.overdue,
      ids.dueToday,
      ids.unassignedCase,
      ids.dueIn7,
    ]);
    expect(followUps.total).toBe(4);
    expect(followUps.items.map((item) => [item.overdue, item.assignedToMe])).toEqual([
      [true, true],
      [false, true],
      [false, false],
      [false, true],
    ]);
    expect(followUps.items[0]).toMatchObject({
      kind: "ABSENCE_FOLLOW_UP",
      followUpOn: "2026-11-15",
    });
    expect(followUps.items[3]?.followUpOn).toBe(isoDay(addDays(TODAY, 7)));
  });

  it("shows kind, pupil and date only, never the entry's content", async () => {
    const { followUps } = await getWorklist(trivsel, { today: TODAY });
    expect(Object.keys(followUps.items[0]!).sort()).toEqual(
      ["assignedToMe", "entryId", "followUpOn", "kind", "overdue", "pupil"].sort(),
    );
    const json = JSON.stringify(followUps);
    expect(json).not.toContain("Hemmelig overskrift");
    expect(json).not.toContain("Indhold");
  });
});

describe("absence over the threshold without follow-up", () => {
  let school: School;
  let trivsel: Actor;
  const pupils: Record<string, string> = {};

  beforeAll(async () => {
    school = await createSchool();
    trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    await db.thresholdSettings.update({
      where: { schoolId: school.id },
      // The consecutive-days rule and the notify line are tested on their own below.
      data: {
        patternDays: 15,
        patternWindowDays: 60,
        unauthorisedWarningPct: 20,
        unauthorisedNotifyPct: 50,
        consecutiveDays: 99,
      },
    });
    const schoolClass = await createClass(school.id, { grade: 8, letter: "A" });
    const pupil = async (name: string) => {
      const created = await createPupil(school.id, { classId: schoolClass.id, firstName: name });
      pupils[name] = created.id;
      return created.id;
    };
    const recent = recentWeekdays(15);

    await absence(school.id, await pupil("at15"), recent, "ILLNESS");
    await absence(school.id, await pupil("at14"), recent.slice(0, 14), "AUTHORISED");
    // A Saturday, a day after today and a day before the window do not count.
    await absence(
      school.id,
      await pupil("at14PlusOthers"),
      [...recent.slice(0, 14), day("2026-11-14"), day("2026-11-19"), day("2026-08-26")],
      "ILLNESS",
    );
    // The window's first day counts.
    await absence(
      school.id,
      await pupil("at14PlusWindowStart"),
      [...recent.slice(0, 14), day(WINDOW_START)],
      "ILLNESS",
    );

    const silenced = await pupil("followedUp");
    await absence(school.id, silenced, recent, "ILLNESS");
    await entry(school.id, silenced, trivsel, {
      kind: "ABSENCE_FOLLOW_UP",
      occurredOn: day("2026-11-10"),
    });
    const silencedAtStart = await pupil("schoolHomeAtWindowStart");
    await absence(school.id, silencedAtStart, recent, "ILLNESS");
    await entry(school.id, silencedAtStart, trivsel, {
      kind: "SCHOOL_HOME_CONVERSATION",
      occurredOn: day(WINDOW_START),
    });
    const oldFollowUp = await pupil("followUpBeforeWindow");
    await absence(school.id, oldFollowUp, recent, "ILLNESS");
    await entry(school.id, oldFollowUp, trivsel, {
      kind: "ABSENCE_FOLLOW_UP",
      occurredOn: day("2026-08-26"),
    });
    const talkedOnly = await pupil("conversationOnly");
    await absence(school.id, talkedOnly, recent, "ILLNESS");
    await entry(school.id, talkedOnly, trivsel, { kind: "CONVERSATION", occurredOn: TODAY });

    // Unlawful absence: 7 of the quarter's 35 weekdays is exactly 20 %.
    await absence(school.id, await pupil("unlawful7"), recent.slice(0, 7), "UNAUTHORISED");
    await absence(school.id, await pupil("unlawful6"), recent.slice(0, 6), "UNAUTHORISED");
    // Days before the quarter are not this quarter's.
    await absence(
      school.id,
      await pupil("unlawful6PlusSeptember"),
      [...recent.slice(0, 6), day("2026-09-30")],
      "UNAUTHORISED",
    );
    const unlawfulFollowedUp = await pupil("unlawfulFollowedUpInQuarter");
    await absence(school.id, unlawfulFollowedUp, recent.slice(0, 7), "UNAUTHORISED");
    await entry(school.id, unlawfulFollowedUp, trivsel, {
      kind: "ABSENCE_FOLLOW_UP",
      occurredOn: day(QUARTER_START),
    });
    // A follow-up in the 60-day window but before the quarter does not silence the quarter's rule.
    const unlawfulOld = await pupil("unlawfulFollowedUpBeforeQuarter");
    await absence(school.id, unlawfulOld, recent.slice(0, 7), "UNAUTHORISED");
    await entry(school.id, unlawfulOld, trivsel, {
      kind: "ABSENCE_FOLLOW_UP",
      occurredOn: day("2026-09-30"),
    });
    await absence(school.id, await pupil("both"), recent, "UNAUTHORISED");

    const left = await pupil("leftTheSchool");
    await absence(school.id, left, recent, "ILLNESS");
    await db.pupil.update({ where: { id: left }, data: { active: false } });

    const elsewhere = await createSchool();
    const theirs = await createPupil(elsewhere.id, { firstName: "otherSchool" });
    await absence(elsewhere.id, theirs.id, recentWeekdays(30), "UNAUTHORISED");
  });

  it("flags exactly the pupils at or over a threshold whose rule has no follow-up in its window", async () => {
    const { absence: section } = await getWorklist(trivsel, { today: TODAY });
    const flagged = Object.fromEntries(
      section.items.map((item) => [
        Object.entries(pupils).find(([, id]) => id === item.pupil.id)?.[0] ?? item.pupil.id,
        { pattern: item.pattern?.days ?? null, unauthorised: item.unauthorised?.days ?? null },
      ]),
    );
    expect(flagged).toEqual({
      at15: { pattern: 15, unauthorised: null },
      at14PlusWindowStart: { pattern: 15, unauthorised: null },
      followUpBeforeWindow: { pattern: 15, unauthorised: null },
      conversationOnly: { pattern: 15, unauthorised: null },
      unlawful7: { pattern: null, unauthorised: 7 },
      unlawfulFollowedUpBeforeQuarter: { pattern: null, unauthorised: 7 },
      both: { pattern: 15, unauthorised: 15 },
    });
    expect(section.total).toBe(7);
  });

  it("says which rule fired, with its figures", async () => {
    const { absence: section } = await getWorklist(trivsel, { today: TODAY });
    const both = section.items.find((item) => item.pupil.id === pupils.both);
    expect(both).toMatchObject({
      pupil: { className: "8.A" },
      pattern: { days: 15, windowDays: 60, threshold: 15, since: WINDOW_START },
      unauthorised: {
        days: 15,
        schoolDays: 35,
        pct: 42,
        threshold: 20,
        level: "WARNING",
        since: QUARTER_START,
      },
    });
    const unlawful = section.items.find((item) => item.pupil.id === pupils.unlawful7);
    expect(unlawful?.unauthorised).toMatchObject({ pct: 20, schoolDays: 35 });
    expect(section.thresholds).toEqual({
      patternDays: 15,
      patternWindowDays: 60,
      unauthorisedWarningPct: 20,
      unauthorisedNotifyPct: 50,
      consecutiveDays: 99,
    });
  });

  it("follows the school's own thresholds", async () => {
    await db.thresholdSettings.update({
      where: { schoolId: school.id },
      data: { patternDays: 16, unauthorisedWarningPct: 21 },
    });
    try {
      const { absence: section } = await getWorklist(trivsel, { today: TODAY });
      expect(section.items.map((item) => item.pupil.id)).toEqual([pupils.both]);
    } finally {
      await db.thresholdSettings.update({
        where: { schoolId: school.id },
        data: { patternDays: 15, unauthorisedWarningPct: 20 },
      });
    }
  });
});

describe("consents that expire", () => {
  it("lists current, given, not withdrawn consents expiring within 30 days or expired within 14", async () => {
    const school = await createSchool();
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const pupil = await createPupil(school.id);
    const consent = (validUntil: Date, extra: Record<string, unknown> = {}) =>
      db.consent.create({
        data: {
          schoolId: school.id,
          pupilId: pupil.id,
          recordedById: trivsel.userId,
          decision: "GIVEN",
          form: "WRITTEN",
          givenOn: day("2026-01-10"),
          purpose: "Drøftelse i Trivselsforum",
          scopes: ["FORUM", "PPR"],
          validFrom: day("2026-01-10"),
          validUntil,
          ...extra,
        },
      });
    const in30 = await consent(addDays(TODAY, 30));
    await consent(addDays(TODAY, 31));
    const expired14 = await consent(addDays(TODAY, -14));
    await consent(addDays(TODAY, -15));
    const old = await consent(addDays(TODAY, 10));
    await consent(addDays(TODAY, 200), { supersedesId: old.id });
    await consent(addDays(TODAY, 5), { withdrawnOn: day("2026-11-01") });
    await consent(addDays(TODAY, 5), { decision: "REFUSED" });
    const leaver = await createPupil(school.id);
    await db.pupil.update({ where: { id: leaver.id }, data: { active: false } });
    await consent(addDays(TODAY, 5), { pupilId: leaver.id });
    const elsewhere = await createSchool();
    const theirTrivsel = await createActor(elsewhere, ["TRIVSELSPERSON"]);
    await db.consent.create({
      data: {
        schoolId: elsewhere.id,
        pupilId: (await createPupil(elsewhere.id)).id,
        recordedById: theirTrivsel.userId,
        decision: "GIVEN",
        form: "ORAL",
        givenOn: day("2026-01-10"),
        purpose: "Drøftelse i Trivselsforum",
        scopes: ["FORUM"],
        validFrom: day("2026-01-10"),
        validUntil: addDays(TODAY, 3),
      },
    });

    const { consents } = await getWorklist(trivsel, { today: TODAY });
    expect(consents.items.map((item) => [item.id, item.daysLeft])).toEqual([
      [expired14.id, -14],
      [in30.id, 30],
    ]);
    expect(consents.total).toBe(2);
    expect(consents.items[1]).toMatchObject({
      scopes: ["FORUM", "PPR"],
      validUntil: "2026-12-18",
      pupil: { id: pupil.id },
    });
  });
});

describe("my actions and the next forum meeting", () => {
  it("shows my open actions and the school's next planned meeting only", async () => {
    const school = await createSchool();
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const colleague = await createActor(school, ["PPR"]);
    const pupil = await createPupil(school.id);
    const at = (iso: string) => new Date(iso);
    const meeting = (
      startsAt: string,
      status: "PLANNED" | "HELD" | "CANCELLED",
      schoolId = school.id,
    ) =>
      db.forumMeeting.create({
        data: {
          schoolId,
          startsAt: at(startsAt),
          place: "Mødelokale 2",
          status,
          createdById: trivsel.userId,
        },
      });
    await meeting("2026-11-17T13:00:00Z", "PLANNED");
    await meeting("2026-11-19T13:00:00Z", "CANCELLED");
    const next = await meeting("2026-11-23T13:00:00Z", "PLANNED");
    await meeting("2026-12-07T13:00:00Z", "PLANNED");
    const elsewhere = await createSchool();
    await meeting("2026-11-20T13:00:00Z", "PLANNED", elsewhere.id);
    await db.agendaItem.createMany({
      data: [
        { meetingId: next.id, position: 1, kind: "PUPIL", pupilId: pupil.id, title: "Elev" },
        { meetingId: next.id, position: 2, kind: "THEME", title: "Alkohol og rusmidler" },
      ],
    });
    const plan = await db.actionPlan.create({
      data: { schoolId: school.id, pupilId: pupil.id, createdById: trivsel.userId },
    });
    const action = (responsibleUserId: string, dueOn: string, status: "OPEN" | "DONE" = "OPEN") =>
      db.action.create({
        data: {
          schoolId: school.id,
          planId: plan.id,
          description: `Opgave til ${responsibleUserId.slice(-4)} ${dueOn}`,
          responsibleKind: "USER",
          responsibleUserId,
          dueOn: day(dueOn),
          status,
        },
      });
    const later = await action(trivsel.userId, "2026-11-30");
    const overdue = await action(trivsel.userId, "2026-11-16");
    await action(trivsel.userId, "2026-11-10", "DONE");
    await action(colleague.userId, "2026-11-20");

    const worklist = await getWorklist(trivsel, { today: TODAY });
    expect(worklist.myActions.items.map((row) => [row.id, row.overdue])).toEqual([
      [overdue.id, true],
      [later.id, false],
    ]);
    expect(worklist.nextMeeting).toEqual({
      id: next.id,
      startsAt: "2026-11-23T13:00:00.000Z",
      place: "Mødelokale 2",
      agendaItems: 2,
    });
  });
});

describe("feedback to the parents on the worklist", () => {
  it("puts my open feedback among my actions by due date, with its meeting, and audits its pupil", async () => {
    const school = await createSchool();
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const nurse = await createActor(school, ["HEALTH_NURSE"]);
    const schoolClass = await createClass(school.id, { grade: 3, letter: "A" });
    const pupil = await createPupil(school.id, { classId: schoolClass.id, firstName: "Vilja" });
    const meeting = await createForumMeeting(school.id, trivsel.userId, {
      startsAt: new Date("2026-11-03T13:00:00Z"),
      status: "HELD",
      participants: [trivsel.userId, nurse.userId],
    });
    const named = await createItemWithPlan(meeting, { position: 1, pupilId: pupil.id });
    const anonymous = await createItemWithPlan(meeting, {
      position: 2,
      kind: "ANONYMOUS_CASE",
      title: "Pige i 7. klasse, der ikke spiser i skolen",
    });
    const overdue = await createParentFeedback(named.plan, trivsel.userId, {
      dueOn: day("2026-11-17"),
    });
    const later = await createParentFeedback(anonymous.plan, trivsel.userId, {
      dueOn: day("2026-11-24"),
    });
    const theme = await createItemWithPlan(meeting, { position: 3, title: "Søvn og skærm" });
    await createParentFeedback(theme.plan, trivsel.userId, {
      dueOn: day("2026-11-10"),
      givenOn: day("2026-11-09"),
      summary: "Givet",
    });
    const nursePlan = await createItemWithPlan(meeting, { position: 4, title: "Trivselsmåling" });
    await createParentFeedback(nursePlan.plan, nurse.userId, { dueOn: day("2026-11-19") });
    const action = await db.action.create({
      data: {
        schoolId: school.id,
        planId: named.plan.id,
        description: "Ringe til mor",
        responsibleKind: "USER",
        responsibleUserId: trivsel.userId,
        dueOn: day("2026-11-20"),
      },
    });

    const { myActions } = await getWorklist(trivsel, { today: TODAY });
    expect(myActions.total).toBe(3);
    expect(myActions.items.map((row) => [row.type, row.id, row.overdue])).toEqual([
      ["feedback", overdue.id, true],
      ["action", action.id, false],
      ["feedback", later.id, false],
    ]);
    expect(myActions.items[0]).toMatchObject({
      dueOn: "2026-11-17",
      source: {
        kind: "forum",
        meetingStartsAt: "2026-11-03T13:00:00.000Z",
        item: "PUPIL",
        pupil: { id: pupil.id, className: "3.A" },
      },
      forumItem: { meetingId: meeting.id, itemId: named.item.id },
    });
    expect(myActions.items[2]?.source).toMatchObject({ item: "ANONYMOUS_CASE", pupil: null });
    expect(JSON.stringify(myActions)).not.toContain("spiser");

    const rows = await db.auditLog.findMany({
      where: { action: "worklist.read", actorId: trivsel.userId },
    });
    expect(rows.map((row) => row.pupilId)).toEqual([pupil.id]);
  });
});

describe("the audit of the worklist", () => {
  it("writes one row per pupil shown, and none for pupils not shown", async () => {
    const school = await createSchool();
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const shown = await createPupil(school.id);
    const notShown = await createPupil(school.id);
    await entry(school.id, shown.id, trivsel, {
      followUpOn: TODAY,
      followUpOwnerId: trivsel.userId,
    });
    await entry(school.id, notShown.id, trivsel, {
      followUpOn: addDays(TODAY, 30),
      followUpOwnerId: trivsel.userId,
    });
    await getWorklist(trivsel, { today: TODAY });
    const rows = await db.auditLog.findMany({
      where: { action: "worklist.read", actorId: trivsel.userId },
    });
    expect(rows.map((row) => row.pupilId)).toEqual([shown.id]);
    expect(rows[0]).toMatchObject({ schoolId: school.id, purpose: "worklist" });
  });
});
