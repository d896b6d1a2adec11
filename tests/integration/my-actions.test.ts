/**
 * "Mine opgaver" on a real database: each user sees the actions and the feedback to parents they
 * are responsible for and nothing else of the plan; the pupil's name only when they may find the
 * pupil; a link to the forum item only when they may open it; only the responsible user may mark
 * an action done or record feedback as given, against the version they read.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  completeAction,
  completeActionInput,
  listMyActions,
  type MyTaskRow,
} from "@/lib/action-plans/my-actions";
import { ForbiddenError, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { NotFoundError, StaleVersionError } from "@/lib/errors";
import { recordFeedbackGiven } from "@/lib/forum/item";
import { feedbackGivenInput } from "@/lib/forum/schemas";
import {
  createActor,
  createClass,
  createConsent,
  createForumMeeting,
  createItemWithPlan,
  createParentFeedback,
  createPupil,
  createSchool,
} from "../support/factories";

const TODAY = new Date("2026-11-18T00:00:00Z");
const NOW = new Date("2026-11-18T12:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

type School = Awaited<ReturnType<typeof createSchool>>;

describe("my actions", () => {
  let school: School;
  let trivsel: Actor;
  let teacher: Actor;
  let ppr: Actor;
  let ownPupil: { id: string };
  let otherPupil: { id: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    school = await createSchool();
    trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    teacher = await createActor(school, ["TEACHER"]);
    ppr = await createActor(school, ["PPR"]);
    const ownClass = await createClass(school.id, { grade: 4, letter: "A" });
    const otherClass = await createClass(school.id, { grade: 7, letter: "B" });
    await db.classTeacher.create({ data: { userId: teacher.userId, classId: ownClass.id } });
    ownPupil = await createPupil(school.id, {
      classId: ownClass.id,
      firstName: "Liva",
      lastName: "Mortensen",
    });
    otherPupil = await createPupil(school.id, {
      classId: otherClass.id,
      firstName: "Emil",
      lastName: "Hjort",
    });

    const meeting = await db.forumMeeting.create({
      data: {
        schoolId: school.id,
        startsAt: new Date("2026-11-04T12:00:00Z"),
        place: "Personalerummet",
        status: "HELD",
        createdById: trivsel.userId,
      },
    });
    const item = (
      position: number,
      kind: "PUPIL" | "ANONYMOUS_CASE" | "THEME",
      title: string,
      pupilId?: string,
    ) =>
      db.agendaItem.create({
        data: { meetingId: meeting.id, position, kind, title, pupilId: pupilId ?? null },
      });
    const plan = async (agendaItemId: string, pupilId: string | null) =>
      db.actionPlan.create({
        data: {
          schoolId: school.id,
          agendaItemId,
          pupilId,
          parentInvolvement: "Forældrene inviteres til møde",
          createdById: trivsel.userId,
        },
      });
    const ownPlan = await plan((await item(1, "PUPIL", "Liva", ownPupil.id)).id, ownPupil.id);
    const otherPlan = await plan((await item(2, "PUPIL", "Emil", otherPupil.id)).id, otherPupil.id);
    const anonymousPlan = await plan(
      (await item(3, "ANONYMOUS_CASE", "Pige i 8. klasse, der skader sig selv")).id,
      null,
    );
    const themePlan = await plan((await item(4, "THEME", "Alkohol og rusmidler")).id, null);

    const action = async (
      name: string,
      planId: string,
      data: {
        responsibleUserId?: string | null;
        responsibleKind?: "USER" | "PARENTS" | "PUPIL";
        dueOn?: string | null;
        status?: "OPEN" | "DONE" | "CANCELLED";
        completedAt?: Date | null;
      },
    ) => {
      const created = await db.action.create({
        data: {
          schoolId: school.id,
          planId,
          description: `Opgave ${name}`,
          responsibleKind: data.responsibleKind ?? "USER",
          responsibleUserId: data.responsibleUserId ?? null,
          dueOn: data.dueOn ? day(data.dueOn) : null,
          status: data.status ?? "OPEN",
          completedAt: data.completedAt ?? null,
        },
      });
      ids[name] = created.id;
    };
    await action("teacherOverdue", ownPlan.id, {
      responsibleUserId: teacher.userId,
      dueOn: "2026-11-17",
    });
    await action("teacherDueToday", ownPlan.id, {
      responsibleUserId: teacher.userId,
      dueOn: "2026-11-18",
    });
    await action("teacherNoDue", ownPlan.id, { responsibleUserId: teacher.userId });
    await action("teacherOnOtherPupil", otherPlan.id, {
      responsibleUserId: teacher.userId,
      dueOn: "2026-11-25",
    });
    await action("teacherAnonymous", anonymousPlan.id, {
      responsibleUserId: teacher.userId,
      dueOn: "2026-11-26",
    });
    await action("teacherTheme", themePlan.id, {
      responsibleUserId: teacher.userId,
      dueOn: "2026-11-27",
    });
    await action("teacherDoneRecently", ownPlan.id, {
      responsibleUserId: teacher.userId,
      status: "DONE",
      completedAt: new Date("2026-11-08T10:00:00Z"),
    });
    await action("teacherDoneLongAgo", ownPlan.id, {
      responsibleUserId: teacher.userId,
      status: "DONE",
      completedAt: new Date("2026-10-01T10:00:00Z"),
    });
    await action("teacherCancelled", ownPlan.id, {
      responsibleUserId: teacher.userId,
      status: "CANCELLED",
    });
    await action("pprOwn", ownPlan.id, { responsibleUserId: ppr.userId, dueOn: "2026-11-20" });
    await action("parents", ownPlan.id, { responsibleKind: "PARENTS", dueOn: "2026-11-20" });

    const conference = await db.classConference.create({
      data: {
        schoolId: school.id,
        schoolYear: "2026/27",
        heldOn: day("2026-10-06"),
        title: "Efterårets klassekonference",
        createdById: trivsel.userId,
      },
    });
    const review = await db.classConferenceReview.create({
      data: { conferenceId: conference.id, classId: otherClass.id },
    });
    const task = await db.action.create({
      data: {
        schoolId: school.id,
        reviewId: review.id,
        description: "Klassetrivselsforløb i 7.B",
        responsibleKind: "USER",
        responsibleUserId: trivsel.userId,
        dueOn: day("2026-12-01"),
      },
    });
    ids.conferenceTask = task.id;
  });

  it("gives the teacher their own actions, grouped overdue, open and recently done", async () => {
    const mine = await listMyActions(teacher, { today: TODAY, now: NOW });
    expect(mine.overdue.map((row) => row.id)).toEqual([ids.teacherOverdue]);
    expect(mine.open.map((row) => row.id)).toEqual([
      ids.teacherDueToday,
      ids.teacherOnOtherPupil,
      ids.teacherAnonymous,
      ids.teacherTheme,
      ids.teacherNoDue,
    ]);
    expect(mine.done.map((row) => row.id)).toEqual([ids.teacherDoneRecently]);
  });

  it("tells the teacher where an action comes from, naming only pupils of their own classes", async () => {
    const mine = await listMyActions(teacher, { today: TODAY, now: NOW });
    const byId = new Map([...mine.overdue, ...mine.open].map((row) => [row.id, row]));
    expect(byId.get(ids.teacherOverdue!)?.source).toEqual({
      kind: "forum",
      meetingStartsAt: "2026-11-04T12:00:00.000Z",
      item: "PUPIL",
      theme: null,
      pupil: { id: ownPupil.id, name: "Liva Mortensen", className: "4.A" },
      pupilHidden: false,
      canOpenPupil: false,
    });
    expect(byId.get(ids.teacherOnOtherPupil!)?.source).toMatchObject({
      pupil: null,
      pupilHidden: true,
    });
    expect(byId.get(ids.teacherAnonymous!)?.source).toMatchObject({
      item: "ANONYMOUS_CASE",
      theme: null,
      pupil: null,
      pupilHidden: false,
    });
    expect(byId.get(ids.teacherTheme!)?.source).toMatchObject({
      item: "THEME",
      theme: "Alkohol og rusmidler",
    });

    const json = JSON.stringify(mine);
    expect(json).not.toContain("Emil");
    expect(json).not.toContain("Hjort");
    expect(json).not.toContain("skader sig selv");
    expect(json).not.toContain("Forældrene inviteres");
    expect(json).not.toContain("Opgave pprOwn");
    expect(json).not.toContain("Opgave parents");
  });

  it("audits the pupils it names, and only those", async () => {
    const before = await db.auditLog.count({ where: { action: "action.list" } });
    await listMyActions(teacher, { today: TODAY, now: NOW });
    const rows = await db.auditLog.findMany({
      where: { action: "action.list" },
      orderBy: { id: "asc" },
      skip: before,
    });
    expect(rows.map((row) => row.pupilId)).toEqual([ownPupil.id]);
  });

  it("names the pupil and the class conference to the trivselsperson, with a link to the pupil", async () => {
    const pprActions = await listMyActions(ppr, { today: TODAY, now: NOW });
    expect(pprActions.open.map((row) => row.id)).toEqual([ids.pprOwn]);
    expect(pprActions.open[0]?.source).toMatchObject({
      pupil: { name: "Liva Mortensen" },
      canOpenPupil: true,
    });

    const tasks = await listMyActions(trivsel, { today: TODAY, now: NOW });
    expect(tasks.open.map((row) => row.id)).toEqual([ids.conferenceTask]);
    expect(tasks.open[0]?.source).toEqual({
      kind: "conference",
      title: "Efterårets klassekonference",
      heldOn: "2026-10-06",
      className: "7.B",
    });
  });

  it("lets the responsible user mark their action done, audited", async () => {
    const input = completeActionInput.parse({ id: ids.teacherNoDue, version: "1" });
    await completeAction(teacher, input);
    const done = await db.action.findUniqueOrThrow({ where: { id: ids.teacherNoDue } });
    expect(done).toMatchObject({ status: "DONE", completedById: teacher.userId, version: 2 });
    expect(done.completedAt).toBeInstanceOf(Date);
    expect(
      await db.auditLog.findFirst({
        where: { action: "action.complete", entityId: ids.teacherNoDue },
      }),
    ).toMatchObject({ actorId: teacher.userId, pupilId: ownPupil.id });
  });

  it("refuses to complete someone else's action, and leaves it open", async () => {
    const before = await db.auditLog.count();
    for (const id of [ids.pprOwn!, ids.parents!, ids.conferenceTask!]) {
      await expect(completeAction(teacher, { id, version: 1 })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      expect(await db.action.findUniqueOrThrow({ where: { id } })).toMatchObject({
        status: "OPEN",
        version: 1,
      });
    }
    expect(await db.auditLog.count()).toBe(before);
  });

  it("refuses a stale or repeated completion", async () => {
    await completeAction(teacher, { id: ids.teacherDueToday!, version: 1 });
    await expect(
      completeAction(teacher, { id: ids.teacherDueToday!, version: 1 }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    await expect(
      completeAction(teacher, { id: ids.teacherDueToday!, version: 2 }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    await expect(
      completeAction(teacher, { id: ids.teacherCancelled!, version: 1 }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect(
      await db.action.findUniqueOrThrow({ where: { id: ids.teacherCancelled! } }),
    ).toMatchObject({ status: "CANCELLED", completedAt: null });
  });

  it("keeps every school to itself, even for the same person", async () => {
    const elsewhere = await createSchool();
    const sameTeacherThere = await createActor(elsewhere, ["TEACHER"], { userId: teacher.userId });
    const there = await listMyActions(sameTeacherThere, { today: TODAY, now: NOW });
    expect([...there.overdue, ...there.open, ...there.done]).toEqual([]);
    await expect(
      completeAction(sameTeacherThere, { id: ids.teacherOverdue!, version: 1 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.action.findUniqueOrThrow({ where: { id: ids.teacherOverdue! } })).status).toBe(
      "OPEN",
    );
  });

  it("refuses an administrator", async () => {
    const admin = await createActor(school, ["ADMIN"]);
    await expect(listMyActions(admin)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      completeAction(admin, { id: ids.teacherOverdue!, version: 1 }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("feedback to the parents in my actions", () => {
  let school: School;
  let trivsel: Actor;
  let teacher: Actor;
  let ppr: Actor;
  let ownPupil: { id: string };
  let meetingId: string;
  const items: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    school = await createSchool();
    trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    teacher = await createActor(school, ["TEACHER"]);
    ppr = await createActor(school, ["PPR"]);
    const ownClass = await createClass(school.id, { grade: 4, letter: "A" });
    await db.classTeacher.create({ data: { userId: teacher.userId, classId: ownClass.id } });
    ownPupil = await createPupil(school.id, {
      classId: ownClass.id,
      firstName: "Liva",
      lastName: "Mortensen",
    });
    const otherPupil = await createPupil(school.id, { firstName: "Emil", lastName: "Hjort" });
    const withoutConsent = await createPupil(school.id, { firstName: "Asta", lastName: "Krog" });
    // Consent covering the forum from before the meeting until long after any test run.
    for (const pupil of [ownPupil, otherPupil]) {
      await createConsent(school.id, pupil.id, trivsel.userId, {
        validFrom: day("2026-09-01"),
        validUntil: day("2031-07-31"),
      });
    }

    const meeting = await createForumMeeting(school.id, trivsel.userId, {
      startsAt: new Date("2026-11-04T13:00:00Z"),
      status: "HELD",
      participants: [trivsel.userId, ppr.userId],
      adHoc: [teacher.userId],
    });
    meetingId = meeting.id;
    const own = await createItemWithPlan(meeting, { position: 1, pupilId: ownPupil.id });
    const other = await createItemWithPlan(meeting, { position: 2, pupilId: otherPupil.id });
    // The consent gate keeps this item shut for everyone but the trivselsperson.
    const blocked = await createItemWithPlan(meeting, { position: 3, pupilId: withoutConsent.id });
    items.own = own.item.id;
    items.other = other.item.id;
    items.blocked = blocked.item.id;
    // A meeting the teacher did not take part in.
    const otherMeeting = await createForumMeeting(school.id, trivsel.userId, {
      startsAt: new Date("2026-10-06T12:00:00Z"),
      status: "HELD",
      participants: [trivsel.userId, ppr.userId],
    });
    const notInvited = await createItemWithPlan(otherMeeting, {
      position: 1,
      pupilId: ownPupil.id,
    });

    const feedback = async (
      name: string,
      plan: { id: string; schoolId: string },
      userId: string,
      dueOn: string,
      given?: { on: string; recordedAt: Date },
    ) => {
      const created = await createParentFeedback(plan, userId, {
        dueOn: day(dueOn),
        givenOn: given ? day(given.on) : null,
        summary: given ? "Mor er orienteret i telefonen" : null,
      });
      if (given) {
        await db.parentFeedback.update({
          where: { id: created.id },
          data: { updatedAt: given.recordedAt },
        });
      }
      ids[name] = created.id;
    };
    await feedback("teacherOverdue", own.plan, teacher.userId, "2026-11-17");
    await feedback("teacherOnOtherPupil", other.plan, teacher.userId, "2026-11-25");
    await feedback("teacherNotInvited", notInvited.plan, teacher.userId, "2026-10-20", {
      on: "2026-10-19",
      recordedAt: new Date("2026-09-30T10:00:00Z"),
    });
    await feedback("pprOnBlocked", blocked.plan, ppr.userId, "2026-11-20");

    const action = await db.action.create({
      data: {
        schoolId: school.id,
        planId: own.plan.id,
        description: "Klasselæreren laver en makkerordning",
        responsibleKind: "USER",
        responsibleUserId: teacher.userId,
        dueOn: day("2026-11-20"),
      },
    });
    ids.teacherAction = action.id;

    // The same teacher's feedback at another school stays there.
    const elsewhere = await createSchool();
    const elsewhereTrivsel = await createActor(elsewhere, ["TRIVSELSPERSON"]);
    const elsewhereMeeting = await createForumMeeting(elsewhere.id, elsewhereTrivsel.userId, {
      startsAt: new Date("2026-11-04T13:00:00Z"),
    });
    const elsewherePlan = await createItemWithPlan(elsewhereMeeting, { position: 1 });
    await feedback("elsewhere", elsewherePlan.plan, teacher.userId, "2026-11-19");
  });

  it("puts my open feedback among my actions by due date, overdue first", async () => {
    const mine = await listMyActions(teacher, { today: TODAY, now: NOW });
    expect(mine.overdue.map((row) => [row.type, row.id])).toEqual([
      ["feedback", ids.teacherOverdue],
    ]);
    expect(mine.open.map((row) => [row.type, row.id])).toEqual([
      ["action", ids.teacherAction],
      ["feedback", ids.teacherOnOtherPupil],
    ]);
    // Given long enough ago, it has left the list.
    expect(mine.done).toEqual([]);
    expect(mine.overdue[0]).toMatchObject({
      dueOn: "2026-11-17",
      status: "OPEN",
      overdue: true,
      givenOn: null,
      completedAt: null,
    });
    expect(JSON.stringify(mine)).not.toContain(ids.elsewhere);
  });

  it("tells where the feedback comes from, naming only pupils the user may find", async () => {
    const mine = await listMyActions(teacher, { today: TODAY, now: NOW });
    const [overdue] = mine.overdue;
    expect(overdue?.source).toEqual({
      kind: "forum",
      meetingStartsAt: "2026-11-04T13:00:00.000Z",
      item: "PUPIL",
      theme: null,
      pupil: { id: ownPupil.id, name: "Liva Mortensen", className: "4.A" },
      pupilHidden: false,
      canOpenPupil: false,
    });
    const other = mine.open.find((row) => row.id === ids.teacherOnOtherPupil);
    expect(other?.source).toMatchObject({ pupil: null, pupilHidden: true });
    const json = JSON.stringify(mine);
    expect(json).not.toContain("Emil");
    expect(json).not.toContain("Hjort");
    expect(json).not.toContain("Mor er orienteret");
  });

  it("links a task to its forum item only where the user may open the item", async () => {
    const teacherTasks = await listMyActions(teacher, { today: TODAY, now: NOW });
    const link = (rows: MyTaskRow[], id: string) => rows.find((row) => row.id === id)?.forumItem;
    const open = [...teacherTasks.overdue, ...teacherTasks.open];
    expect(link(open, ids.teacherOverdue!)).toEqual({ meetingId, itemId: items.own });
    expect(link(open, ids.teacherAction!)).toEqual({ meetingId, itemId: items.own });
    expect(link(open, ids.teacherOnOtherPupil!)).toEqual({ meetingId, itemId: items.other });

    // The gate keeps the item shut for PPR: the task is hers, the item is not open to her.
    const pprTasks = await listMyActions(ppr, { today: TODAY, now: NOW });
    expect(pprTasks.open.map((row) => [row.id, row.forumItem])).toEqual([[ids.pprOnBlocked, null]]);
    expect(pprTasks.open[0]?.source).toMatchObject({
      pupil: { name: "Asta Krog" },
      canOpenPupil: true,
    });

    // Removed from the meeting, the teacher keeps the task but loses the link.
    await db.forumParticipant.deleteMany({ where: { meetingId, userId: teacher.userId } });
    try {
      const after = await listMyActions(teacher, { today: TODAY, now: NOW });
      expect([...after.overdue, ...after.open].map((row) => row.forumItem)).toEqual([
        null,
        null,
        null,
      ]);
    } finally {
      await db.forumParticipant.create({
        data: { meetingId, userId: teacher.userId, adHoc: true },
      });
    }
  });

  it("audits the pupils it names, once each, and only those", async () => {
    const before = await db.auditLog.count({ where: { action: "action.list" } });
    await listMyActions(teacher, { today: TODAY, now: NOW });
    const rows = await db.auditLog.findMany({
      where: { action: "action.list" },
      orderBy: { id: "asc" },
      skip: before,
    });
    expect(rows.map((row) => row.pupilId)).toEqual([ownPupil.id]);
  });

  it("records the feedback as given by its owner, against the version read, audited", async () => {
    const input = feedbackGivenInput.parse({
      feedbackId: ids.teacherOnOtherPupil,
      version: "1",
      givenOn: "2026-11-18",
      summary: "Far er orienteret ved afhentning om, hvad Trivselsforum aftalte.",
    });
    await expect(recordFeedbackGiven(ppr, input)).rejects.toBeInstanceOf(NotFoundError);
    await recordFeedbackGiven(teacher, input);
    await expect(recordFeedbackGiven(teacher, input)).rejects.toBeInstanceOf(StaleVersionError);

    const mine = await listMyActions(teacher, { today: TODAY, now: NOW });
    expect(mine.open.map((row) => row.id)).toEqual([ids.teacherAction]);
    expect(mine.done).toEqual([
      expect.objectContaining({
        type: "feedback",
        id: ids.teacherOnOtherPupil,
        status: "DONE",
        overdue: false,
        givenOn: "2026-11-18",
      }),
    ]);
    expect(
      await db.auditLog.findFirst({
        where: { action: "forum.feedback.given", entityId: ids.teacherOnOtherPupil },
      }),
    ).toMatchObject({ actorId: teacher.userId, schoolId: school.id });
  });
});
