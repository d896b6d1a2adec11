/**
 * Class conferences (lib/class-conferences) on a real PostgreSQL: creating one review per active
 * class in order, the overview, the walk-through class by class (versioned reviews, focus pupils
 * from the class only, tasks as Action rows for a responsible member of staff), audited, scoped to
 * the actor's school and refused to every other role.
 */
import { describe, expect, it } from "vitest";
import { currentSchoolYear } from "@/lib/admin/classes";
import { ForbiddenError, type Actor } from "@/lib/auth/policy";
import {
  createConference,
  createConferenceInput,
  getConference,
  listConferences,
} from "@/lib/class-conferences/conferences";
import {
  addFocusPupil,
  addFocusPupilInput,
  removeFocusPupil,
} from "@/lib/class-conferences/focus-pupils";
import { getReview, saveReview, saveReviewInput } from "@/lib/class-conferences/reviews";
import {
  addConferenceTask,
  addConferenceTaskInput,
  cancelConferenceTask,
  listResponsibleOptions,
} from "@/lib/class-conferences/tasks";
import { addDays, isoDay, todayInDenmark } from "@/lib/dates";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { DomainValidationError, NotFoundError, StaleVersionError } from "@/lib/errors";
import { createActor, createClass, createPupil, createSchool } from "../support/factories";

const TODAY = todayInDenmark();
const SCHOOL_YEAR = currentSchoolYear(TODAY);
const START_YEAR = Number(SCHOOL_YEAR.slice(0, 4));
const LAST_YEAR = `${START_YEAR - 1}/${SCHOOL_YEAR.slice(2, 4)}`;
/** A day in the autumn of the current school year. */
const AUTUMN_DAY = `${START_YEAR}-10-07`;
const day = (offset: number) => isoDay(addDays(TODAY, offset));

async function tableCounts() {
  const [conferences, reviews, focusPupils, actions, audit] = await Promise.all([
    db.classConference.count(),
    db.classConferenceReview.count(),
    db.classConferenceFocusPupil.count(),
    db.action.count(),
    db.auditLog.count(),
  ]);
  return { conferences, reviews, focusPupils, actions, audit };
}

async function lastAuditId(): Promise<bigint> {
  const last = await db.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return last?.id ?? 0n;
}

/** A school with three classes this year (created out of order) and pupils in 1.A. */
async function setting() {
  const school = await createSchool();
  const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
  const c2b = await createClass(school.id, { grade: 2, letter: "B", schoolYear: SCHOOL_YEAR });
  const c0a = await createClass(school.id, { grade: 0, letter: "A", schoolYear: SCHOOL_YEAR });
  const c1a = await createClass(school.id, { grade: 1, letter: "A", schoolYear: SCHOOL_YEAR });
  const anna = await createPupil(school.id, {
    classId: c1a.id,
    firstName: "Anna",
    lastName: "Berg",
  });
  const bo = await createPupil(school.id, { classId: c1a.id, firstName: "Bo", lastName: "Ahl" });
  const { id: conferenceId } = await createConference(
    trivsel,
    createConferenceInput.parse({ title: "", heldOn: AUTUMN_DAY }),
  );
  const review = (classId: string) =>
    db.classConferenceReview.findUniqueOrThrow({
      where: { conferenceId_classId: { conferenceId, classId } },
    });
  return { school, trivsel, c0a, c1a, c2b, anna, bo, conferenceId, review };
}

describe("creating a class conference", () => {
  it("creates one review per active class of the school year, in grade and letter order, with the default title", async () => {
    const school = await createSchool();
    const other = await createSchool();
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const c3b = await createClass(school.id, { grade: 3, letter: "B", schoolYear: SCHOOL_YEAR });
    const c3a = await createClass(school.id, { grade: 3, letter: "A", schoolYear: SCHOOL_YEAR });
    const c0a = await createClass(school.id, { grade: 0, letter: "A", schoolYear: SCHOOL_YEAR });
    const inactive = await createClass(school.id, {
      grade: 1,
      letter: "A",
      schoolYear: SCHOOL_YEAR,
    });
    await db.class.update({ where: { id: inactive.id }, data: { active: false } });
    await createClass(school.id, { grade: 2, letter: "A", schoolYear: LAST_YEAR });
    await createClass(other.id, { grade: 1, letter: "C", schoolYear: SCHOOL_YEAR });

    const { id } = await createConference(
      trivsel,
      createConferenceInput.parse({ title: " ", heldOn: AUTUMN_DAY }),
    );
    expect(await db.classConference.findUniqueOrThrow({ where: { id } })).toMatchObject({
      schoolId: school.id,
      schoolYear: SCHOOL_YEAR,
      heldOn: new Date(`${AUTUMN_DAY}T00:00:00Z`),
      title: `Klassekonference efterår ${START_YEAR}`,
      createdById: trivsel.userId,
    });
    const overview = await getConference(trivsel, id);
    expect(overview.reviews.map((review) => [review.classId, review.className])).toEqual([
      [c0a.id, "0.A"],
      [c3a.id, "3.A"],
      [c3b.id, "3.B"],
    ]);
    expect(overview.reviews.every((review) => !review.started && !review.reviewedAt)).toBe(true);
    expect(
      await db.auditLog.findFirst({ where: { action: "class-conference.create", entityId: id } }),
    ).toMatchObject({
      actorId: trivsel.userId,
      details: { schoolYear: SCHOOL_YEAR, classCount: 3 },
    });

    const { id: spring } = await createConference(
      trivsel,
      createConferenceInput.parse({
        title: "Forårets konference",
        heldOn: `${START_YEAR + 1}-03-02`,
      }),
    );
    expect((await listConferences(trivsel)).map((row) => [row.id, row.title])).toEqual([
      [spring, "Forårets konference"],
      [id, `Klassekonference efterår ${START_YEAR}`],
    ]);
  });

  it("refuses a school year without active classes on the date, and bad input on its field, writing nothing", async () => {
    const school = await createSchool();
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    await createClass(school.id, { grade: 1, letter: "A", schoolYear: SCHOOL_YEAR });
    const before = await tableCounts();

    const refusal = await createConference(
      trivsel,
      createConferenceInput.parse({ heldOn: `${START_YEAR - 1}-10-01` }),
    ).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainValidationError);
    expect(refusal).toMatchObject({ field: "heldOn", values: { schoolYear: LAST_YEAR } });

    for (const [form, field] of [
      [{ heldOn: "" }, "heldOn"],
      [{ heldOn: "2026-02-29" }, "heldOn"],
      [{ heldOn: AUTUMN_DAY, title: "x".repeat(201) }, "title"],
    ] as const) {
      const parsed = createConferenceInput.safeParse(form);
      expect(parsed.error?.issues.map((issue) => issue.path[0])).toContain(field);
    }
    expect(await tableCounts()).toEqual(before);
  });
});

describe("the walk-through", () => {
  it("saves a review, goes on to the next class, marks it as reviewed and reopens it", async () => {
    const { trivsel, c0a, c1a, c2b, conferenceId, review } = await setting();
    const first = await review(c0a.id);
    const save = (intent: string, version: number, howClassWorks = "Et trygt fællesskab.") =>
      saveReview(
        trivsel,
        saveReviewInput.parse({
          id: first.id,
          version: String(version),
          howClassWorks,
          notes: "Drengene fylder meget i frikvartererne.",
          intent,
        }),
      );

    expect(await save("next", 1)).toEqual({ conferenceId, classId: c0a.id, nextClassId: c1a.id });
    expect(await review(c0a.id)).toMatchObject({
      howClassWorks: "Et trygt fællesskab.",
      reviewedAt: null,
      version: 2,
    });

    await save("reviewed", 2);
    const reviewedAt = (await review(c0a.id)).reviewedAt;
    expect(reviewedAt).toBeInstanceOf(Date);
    await save("reviewed", 3, "Stadig et trygt fællesskab.");
    expect((await review(c0a.id)).reviewedAt).toEqual(reviewedAt);

    await save("reopen", 4);
    expect(await review(c0a.id)).toMatchObject({ reviewedAt: null, version: 5 });

    // An unknown intent is a plain save.
    await save("delete-everything", 5);
    expect(await review(c0a.id)).toMatchObject({ reviewedAt: null, version: 6 });

    const last = await review(c2b.id);
    expect(
      await saveReview(trivsel, {
        id: last.id,
        version: 1,
        howClassWorks: null,
        notes: null,
        intent: "next",
      }),
    ).toMatchObject({ nextClassId: null });

    const audit = await db.auditLog.findMany({
      where: { action: "class-conference.review.update", entityId: first.id },
    });
    expect(audit).toHaveLength(5);
  });

  it("refuses a stale save and keeps the first", async () => {
    const { trivsel, c1a, review } = await setting();
    const { id } = await review(c1a.id);
    const save = (howClassWorks: string) =>
      saveReview(trivsel, { id, version: 1, howClassWorks, notes: null, intent: "save" });
    await save("Først");
    await expect(save("Bagefter")).rejects.toBeInstanceOf(StaleVersionError);
    expect(await review(c1a.id)).toMatchObject({ howClassWorks: "Først", version: 2 });
  });

  it("shows a class with its neighbours, candidates, focus pupils (audited per pupil) and tasks", async () => {
    const { trivsel, c0a, c1a, c2b, anna, bo, conferenceId, review } = await setting();
    const { id: reviewId } = await review(c1a.id);
    await addFocusPupil(
      trivsel,
      addFocusPupilInput.parse({ reviewId, pupilId: anna.id, reason: "Meget fravær" }),
    );
    await addConferenceTask(
      trivsel,
      addConferenceTaskInput.parse({
        reviewId,
        description: "Forløb om sprogbrug",
        dueOn: day(14),
      }),
    );

    const since = await lastAuditId();
    const detail = await getReview(trivsel, conferenceId, c1a.id);
    expect(detail).toMatchObject({
      id: reviewId,
      className: "1.A",
      conferenceTitle: `Klassekonference efterår ${START_YEAR}`,
      position: 2,
      total: 3,
      previous: { classId: c0a.id, className: "0.A" },
      next: { classId: c2b.id, className: "2.B" },
    });
    expect(detail.candidates.map((pupil) => pupil.id)).toEqual([bo.id]);
    expect(detail.focusPupils).toEqual([
      { id: anna.id, firstName: "Anna", lastName: "Berg", reason: "Meget fravær" },
    ]);
    expect(detail.tasks).toEqual([
      expect.objectContaining({
        description: "Forløb om sprogbrug",
        dueOn: day(14),
        status: "OPEN",
        responsibleUserId: trivsel.userId,
        responsibleName: trivsel.name,
      }),
    ]);

    const audit = await db.auditLog.findMany({
      where: { id: { gt: since } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((row) => [row.action, row.pupilId])).toEqual([
      ["class-conference.review.read", null],
      ["class-conference.focus-pupil.read", anna.id],
    ]);

    const first = await getReview(trivsel, conferenceId, c0a.id);
    expect(first).toMatchObject({ position: 1, previous: null, next: { classId: c1a.id } });

    const overview = await getConference(trivsel, conferenceId);
    expect(overview.reviews[1]).toMatchObject({
      classId: c1a.id,
      started: true,
      focusPupilCount: 1,
      taskCount: 1,
    });
    expect((await listConferences(trivsel))[0]).toMatchObject({
      classCount: 3,
      reviewedCount: 0,
      focusPupilCount: 1,
      openTaskCount: 1,
    });
  });
});

describe("focus pupils", () => {
  it("adds a pupil of the class with a reason and removes them again, audited with the pupil", async () => {
    const { trivsel, c1a, anna, review } = await setting();
    const { id: reviewId } = await review(c1a.id);
    await addFocusPupil(
      trivsel,
      addFocusPupilInput.parse({ reviewId, pupilId: anna.id, reason: " Holdes udenfor " }),
    );
    expect(
      await db.classConferenceFocusPupil.findUniqueOrThrow({
        where: { reviewId_pupilId: { reviewId, pupilId: anna.id } },
      }),
    ).toMatchObject({ reason: "Holdes udenfor" });

    const before = await tableCounts();
    await expect(
      addFocusPupil(trivsel, { reviewId, pupilId: anna.id, reason: "Igen" }),
    ).rejects.toMatchObject({ field: "pupilId" });
    expect(await tableCounts()).toEqual(before);

    await removeFocusPupil(trivsel, { reviewId, pupilId: anna.id });
    expect(await db.classConferenceFocusPupil.count({ where: { reviewId } })).toBe(0);
    await expect(removeFocusPupil(trivsel, { reviewId, pupilId: anna.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );

    const audit = await db.auditLog.findMany({
      where: { pupilId: anna.id, action: { startsWith: "class-conference.focus-pupil." } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((row) => [row.action, row.entityId])).toEqual([
      ["class-conference.focus-pupil.add", reviewId],
      ["class-conference.focus-pupil.remove", reviewId],
    ]);
  });

  it.each([
    [{ pupilId: "" }, "pupilId"],
    [{ reason: "" }, "reason"],
    [{ reason: "x".repeat(501) }, "reason"],
  ])("refuses %o on the field %s", async (overrides, field) => {
    const parsed = addFocusPupilInput.safeParse({
      reviewId: "0198a4a2-0000-7000-8000-000000000000",
      pupilId: "0198a4a2-0000-7000-8000-000000000001",
      reason: "Grund",
      ...overrides,
    });
    expect(new Set(parsed.error?.issues.map((issue) => issue.path[0]))).toEqual(new Set([field]));
  });

  it("refuses a pupil of another class or school, and another school's review, writing nothing", async () => {
    const { school, trivsel, c0a, c1a, anna, review } = await setting();
    const other = await setting();
    const { id: reviewId } = await review(c0a.id);
    const { id: theirReview } = await other.review(other.c1a.id);
    const gone = await createPupil(school.id, { classId: c1a.id });
    await db.pupil.update({ where: { id: gone.id }, data: { active: false } });
    const before = await tableCounts();

    for (const pupilId of [anna.id, other.anna.id])
      await expect(
        addFocusPupil(trivsel, { reviewId, pupilId, reason: "Grund" }),
      ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      addFocusPupil(trivsel, {
        reviewId: (await review(c1a.id)).id,
        pupilId: gone.id,
        reason: "x",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await addFocusPupil(other.trivsel, {
      reviewId: theirReview,
      pupilId: other.anna.id,
      reason: "Deres",
    });
    const afterTheirs = await tableCounts();
    await expect(
      addFocusPupil(trivsel, { reviewId: theirReview, pupilId: other.bo.id, reason: "x" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      removeFocusPupil(trivsel, { reviewId: theirReview, pupilId: other.anna.id }),
    ).rejects.toBeInstanceOf(NotFoundError);

    expect(afterTheirs.focusPupils).toBe(before.focusPupils + 1);
    expect(await tableCounts()).toEqual(afterTheirs);
  });
});

describe("tasks for the coming period", () => {
  it("creates an open Action on the review, responsible the actor by default or a chosen colleague", async () => {
    const { school, trivsel, c1a, review } = await setting();
    const { id: reviewId } = await review(c1a.id);
    const ssp = await createActor(school, ["SSP"]);

    const { id } = await addConferenceTask(
      trivsel,
      addConferenceTaskInput.parse({
        reviewId,
        description: "Forløb om brug af sociale medier",
        dueOn: day(0),
        responsibleUserId: "",
      }),
    );
    expect(await db.action.findUniqueOrThrow({ where: { id } })).toMatchObject({
      schoolId: school.id,
      reviewId,
      planId: null,
      description: "Forløb om brug af sociale medier",
      responsibleKind: "USER",
      responsibleUserId: trivsel.userId,
      dueOn: TODAY,
      status: "OPEN",
    });
    const { id: theirs } = await addConferenceTask(
      trivsel,
      addConferenceTaskInput.parse({
        reviewId,
        description: "SSP-oplæg i klassen",
        dueOn: day(30),
        responsibleUserId: ssp.userId,
      }),
    );
    expect(await db.action.findUniqueOrThrow({ where: { id: theirs } })).toMatchObject({
      responsibleUserId: ssp.userId,
      reviewId,
    });
    expect(
      await db.auditLog.findFirst({
        where: { action: "class-conference.task.create", entityId: theirs },
      }),
    ).toMatchObject({
      actorId: trivsel.userId,
      details: { reviewId, responsibleUserId: ssp.userId },
    });
    expect((await listResponsibleOptions(trivsel)).map((option) => option.id).sort()).toEqual(
      [trivsel.userId, ssp.userId].sort(),
    );
  });

  it.each([
    [{ description: "" }, "description"],
    [{ dueOn: "" }, "dueOn"],
    [{ dueOn: day(-1) }, "dueOn"],
    [{ responsibleUserId: "someone" }, "responsibleUserId"],
  ])("refuses %o on the field %s", async (overrides, field) => {
    const parsed = addConferenceTaskInput.safeParse({
      reviewId: "0198a4a2-0000-7000-8000-000000000000",
      description: "Opgave",
      dueOn: day(7),
      ...overrides,
    });
    expect(new Set(parsed.error?.issues.map((issue) => issue.path[0]))).toEqual(new Set([field]));
  });

  it("refuses a responsible who is an administrator or works at another school, and another school's review", async () => {
    const { school, trivsel, c1a, review } = await setting();
    const other = await setting();
    const admin = await createActor(school, ["ADMIN"]);
    const { id: reviewId } = await review(c1a.id);
    const before = await tableCounts();

    for (const responsible of [admin, other.trivsel]) {
      await expect(
        addConferenceTask(trivsel, {
          reviewId,
          description: "Opgave",
          dueOn: TODAY,
          responsibleUserId: responsible.userId,
        }),
      ).rejects.toMatchObject({ field: "responsibleUserId" });
    }
    await expect(
      addConferenceTask(trivsel, {
        reviewId: (await other.review(other.c1a.id)).id,
        description: "Opgave",
        dueOn: TODAY,
        responsibleUserId: null,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await tableCounts()).toEqual(before);
  });

  it("cancels an open task, refuses a stale cancel, and leaves another school's task alone", async () => {
    const { trivsel, c1a, review } = await setting();
    const other = await setting();
    const { id: reviewId } = await review(c1a.id);
    const task = { reviewId, description: "Opgave", dueOn: TODAY, responsibleUserId: null };
    const { id } = await addConferenceTask(trivsel, task);
    const { id: theirs } = await addConferenceTask(other.trivsel, {
      ...task,
      reviewId: (await other.review(other.c1a.id)).id,
    });

    await cancelConferenceTask(trivsel, { id, version: 1 });
    expect(await db.action.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "CANCELLED",
      version: 2,
    });
    await expect(cancelConferenceTask(trivsel, { id, version: 1 })).rejects.toBeInstanceOf(
      StaleVersionError,
    );
    await expect(cancelConferenceTask(trivsel, { id: theirs, version: 1 })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await db.action.findUniqueOrThrow({ where: { id: theirs } })).toMatchObject({
      status: "OPEN",
      version: 1,
    });
    expect(
      await db.auditLog.count({ where: { action: "class-conference.task.cancel", entityId: id } }),
    ).toBe(1);
  });
});

describe("another school's conference", () => {
  it("is not found and unchanged", async () => {
    const { trivsel } = await setting();
    const other = await setting();
    const { id: theirReview, version } = await other.review(other.c0a.id);
    const before = await tableCounts();

    await expect(getConference(trivsel, other.conferenceId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getConference(trivsel, "nonsense")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReview(trivsel, other.conferenceId, other.c0a.id)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      saveReview(trivsel, {
        id: theirReview,
        version,
        howClassWorks: "Kapret",
        notes: null,
        intent: "reviewed",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await listConferences(trivsel)).map((row) => row.id)).not.toContain(other.conferenceId);

    expect(await tableCounts()).toEqual(before);
    expect(await other.review(other.c0a.id)).toMatchObject({
      howClassWorks: null,
      reviewedAt: null,
      version: 1,
    });
  });
});

describe("who may hold class conferences", () => {
  it.each(["TEACHER", "LEADERSHIP", "PPR", "ADMIN", "SSP", "HEALTH_NURSE"] as Role[])(
    "refuses %s everywhere and writes nothing",
    async (role) => {
      const { school, trivsel, c1a, anna, bo, conferenceId, review } = await setting();
      const { id: reviewId } = await review(c1a.id);
      await addFocusPupil(trivsel, { reviewId, pupilId: anna.id, reason: "Grund" });
      const { id: taskId } = await addConferenceTask(trivsel, {
        reviewId,
        description: "Opgave",
        dueOn: TODAY,
        responsibleUserId: null,
      });
      const someone: Actor = await createActor(school, [role]);
      const before = await tableCounts();

      await expect(listConferences(someone)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getConference(someone, conferenceId)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        createConference(someone, { title: null, heldOn: new Date(`${AUTUMN_DAY}T00:00:00Z`) }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getReview(someone, conferenceId, c1a.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        saveReview(someone, {
          id: reviewId,
          version: 1,
          howClassWorks: "x",
          notes: null,
          intent: "reviewed",
        }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        addFocusPupil(someone, { reviewId, pupilId: bo.id, reason: "x" }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        removeFocusPupil(someone, { reviewId, pupilId: anna.id }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        addConferenceTask(someone, {
          reviewId,
          description: "x",
          dueOn: TODAY,
          responsibleUserId: null,
        }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        cancelConferenceTask(someone, { id: taskId, version: 1 }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listResponsibleOptions(someone)).rejects.toBeInstanceOf(ForbiddenError);
      expect(await tableCounts()).toEqual(before);
    },
  );
});
