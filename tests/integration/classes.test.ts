/**
 * Classes and class work for the trivselsperson (lib/classes), on a real PostgreSQL: the
 * overview of this school year's classes, a class's page with its log, pupils, focus pupils and
 * groups, and logging and editing class work — scoped to the actor's school, versioned, audited.
 */
import { describe, expect, it } from "vitest";
import { currentSchoolYear } from "@/lib/admin/classes";
import { ForbiddenError, type Actor } from "@/lib/auth/policy";
import {
  logClassWork,
  logClassWorkInput,
  updateClassWork,
  updateClassWorkInput,
} from "@/lib/classes/class-work";
import { getClassDetail, listClassOverview } from "@/lib/classes/classes";
import { addDays, isoDay, todayInDenmark } from "@/lib/dates";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { NotFoundError, StaleVersionError } from "@/lib/errors";
import { createActor, createClass, createPupil, createSchool } from "../support/factories";

const TODAY = todayInDenmark();
const SCHOOL_YEAR = currentSchoolYear(TODAY);
const LAST_YEAR = `${Number(SCHOOL_YEAR.slice(0, 4)) - 1}/${SCHOOL_YEAR.slice(2, 4)}`;

async function tableCounts() {
  const [classWork, audit] = await Promise.all([db.classWork.count(), db.auditLog.count()]);
  return { classWork, audit };
}

async function setting() {
  const school = await createSchool();
  const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
  const klass = await createClass(school.id, { grade: 4, letter: "A", schoolYear: SCHOOL_YEAR });
  return { school, trivsel, klass };
}

function classWorkForm(classId: string, overrides: Record<string, string> = {}) {
  return {
    classId,
    heldOn: isoDay(addDays(TODAY, -3)),
    title: "Den gode klasse",
    description: "Første gang: klassens regler for et godt fællesskab.",
    observations: "Roligt, men en tydelig drengegruppe, der styrer samtalen.",
    ...overrides,
  };
}

describe("class work", () => {
  it("logs class work from good form input, with the actor as author, audited", async () => {
    const { school, trivsel, klass } = await setting();
    const { id } = await logClassWork(trivsel, logClassWorkInput.parse(classWorkForm(klass.id)));

    expect(await db.classWork.findUniqueOrThrow({ where: { id } })).toMatchObject({
      schoolId: school.id,
      classId: klass.id,
      authorId: trivsel.userId,
      heldOn: addDays(TODAY, -3),
      title: "Den gode klasse",
      version: 1,
    });
    expect(
      await db.auditLog.findFirst({ where: { action: "class-work.create", entityId: id } }),
    ).toMatchObject({ actorId: trivsel.userId, schoolId: school.id, pupilId: null });
  });

  it("accepts today and leaves blank observations empty", async () => {
    const { trivsel, klass } = await setting();
    const input = logClassWorkInput.parse(
      classWorkForm(klass.id, { heldOn: isoDay(TODAY), observations: "  " }),
    );
    const { id } = await logClassWork(trivsel, input);
    expect(await db.classWork.findUniqueOrThrow({ where: { id } })).toMatchObject({
      heldOn: TODAY,
      observations: null,
    });
  });

  it.each([
    [{ heldOn: isoDay(addDays(TODAY, 1)) }, "heldOn"],
    [{ heldOn: "2026-02-30" }, "heldOn"],
    [{ heldOn: "" }, "heldOn"],
    [{ title: "   " }, "title"],
    [{ title: "x".repeat(201) }, "title"],
    [{ description: "" }, "description"],
    [{ observations: "x".repeat(5001) }, "observations"],
    [{ classId: "not-an-id" }, "classId"],
  ])("refuses %o on the field %s and writes nothing", async (overrides, field) => {
    const { klass } = await setting();
    const before = await tableCounts();
    const parsed = logClassWorkInput.safeParse(classWorkForm(klass.id, overrides));
    expect(parsed.success).toBe(false);
    expect(new Set(parsed.error?.issues.map((issue) => issue.path[0]))).toEqual(new Set([field]));
    expect(await tableCounts()).toEqual(before);
  });

  it("edits an entry and refuses a stale edit, keeping the first", async () => {
    const { trivsel, klass } = await setting();
    const { id } = await logClassWork(trivsel, logClassWorkInput.parse(classWorkForm(klass.id)));
    const edit = (title: string) =>
      updateClassWorkInput.parse({ ...classWorkForm(klass.id, { title }), id, version: "1" });

    expect(await updateClassWork(trivsel, edit("Den gode klasse, 1. gang"))).toEqual({
      classId: klass.id,
    });
    await expect(updateClassWork(trivsel, edit("Overskrevet"))).rejects.toBeInstanceOf(
      StaleVersionError,
    );
    expect(await db.classWork.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: "Den gode klasse, 1. gang",
      version: 2,
    });
    expect(await db.auditLog.count({ where: { action: "class-work.update", entityId: id } })).toBe(
      1,
    );
  });

  it("keeps every school to itself: another school's class and class work are not found and unchanged", async () => {
    const { trivsel } = await setting();
    const other = await setting();
    const { id: theirWork } = await logClassWork(
      other.trivsel,
      logClassWorkInput.parse(classWorkForm(other.klass.id)),
    );
    const before = await tableCounts();

    await expect(
      logClassWork(trivsel, logClassWorkInput.parse(classWorkForm(other.klass.id))),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      updateClassWork(
        trivsel,
        updateClassWorkInput.parse({
          ...classWorkForm(other.klass.id, { title: "Kapret" }),
          id: theirWork,
          version: "1",
        }),
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(getClassDetail(trivsel, other.klass.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getClassDetail(trivsel, "nonsense")).rejects.toBeInstanceOf(NotFoundError);
    expect((await listClassOverview(trivsel)).map((row) => row.id)).not.toContain(other.klass.id);

    expect(await tableCounts()).toEqual(before);
    expect(await db.classWork.findUniqueOrThrow({ where: { id: theirWork } })).toMatchObject({
      title: "Den gode klasse",
      version: 1,
    });
  });
});

describe("the classes overview", () => {
  it("lists this school year's active classes in order with pupils, teachers, latest class work and focus pupils", async () => {
    const { school, trivsel, klass } = await setting();
    const first = await createClass(school.id, { grade: 0, letter: "B", schoolYear: SCHOOL_YEAR });
    const inactive = await createClass(school.id, {
      grade: 2,
      letter: "A",
      schoolYear: SCHOOL_YEAR,
    });
    await db.class.update({ where: { id: inactive.id }, data: { active: false } });
    const lastYear = await createClass(school.id, { grade: 3, letter: "A", schoolYear: LAST_YEAR });

    const teacher = await createActor(school, ["TEACHER"]);
    await db.classTeacher.create({ data: { userId: teacher.userId, classId: klass.id } });
    const pupils = [
      await createPupil(school.id, { classId: klass.id }),
      await createPupil(school.id, { classId: klass.id }),
    ];
    const left = await createPupil(school.id, { classId: klass.id });
    await db.pupil.update({ where: { id: left.id }, data: { active: false } });

    for (const daysAgo of [20, 4, 9]) {
      await logClassWork(
        trivsel,
        logClassWorkInput.parse(
          classWorkForm(klass.id, { heldOn: isoDay(addDays(TODAY, -daysAgo)) }),
        ),
      );
    }
    // An older conference with one focus pupil, the latest with two.
    for (const [heldOn, focus] of [
      [addDays(TODAY, -200), [pupils[0]!]],
      [addDays(TODAY, -30), pupils],
    ] as const) {
      const conference = await db.classConference.create({
        data: {
          schoolId: school.id,
          schoolYear: SCHOOL_YEAR,
          heldOn,
          title: "Klassekonference",
          createdById: trivsel.userId,
        },
      });
      const review = await db.classConferenceReview.create({
        data: { conferenceId: conference.id, classId: klass.id },
      });
      await db.classConferenceFocusPupil.createMany({
        data: focus.map((pupil) => ({ reviewId: review.id, pupilId: pupil.id })),
      });
    }

    const rows = await listClassOverview(trivsel);
    expect(rows.map((row) => row.id)).toEqual([first.id, klass.id]);
    expect(rows.map((row) => row.id)).not.toContain(lastYear.id);
    expect(rows[1]).toEqual({
      id: klass.id,
      name: "4.A",
      pupilCount: 2,
      teachers: [teacher.name],
      latestClassWorkOn: isoDay(addDays(TODAY, -4)),
      focusPupilCount: 2,
    });
    expect(rows[0]).toMatchObject({ latestClassWorkOn: null, focusPupilCount: 0 });
  });
});

describe("a class's page", () => {
  it("shows the log newest first, the class's active pupils, the latest focus pupils (audited per pupil) and its pupils' groups", async () => {
    const { school, trivsel, klass } = await setting();
    const otherClass = await createClass(school.id, {
      grade: 4,
      letter: "B",
      schoolYear: SCHOOL_YEAR,
    });
    const anna = await createPupil(school.id, {
      classId: klass.id,
      firstName: "Anna",
      lastName: "Berg",
    });
    const bo = await createPupil(school.id, {
      classId: klass.id,
      firstName: "Bo",
      lastName: "Andersen",
    });
    const elsewhere = await createPupil(school.id, { classId: otherClass.id });

    for (const [daysAgo, title] of [
      [10, "Sprogbrug"],
      [2, "Sociale medier"],
      [30, "Den gode klasse"],
    ] as const) {
      await logClassWork(
        trivsel,
        logClassWorkInput.parse(
          classWorkForm(klass.id, { heldOn: isoDay(addDays(TODAY, -daysAgo)), title }),
        ),
      );
    }

    const conference = await db.classConference.create({
      data: {
        schoolId: school.id,
        schoolYear: SCHOOL_YEAR,
        heldOn: addDays(TODAY, -14),
        title: "Klassekonference efterår",
        createdById: trivsel.userId,
      },
    });
    const review = await db.classConferenceReview.create({
      data: { conferenceId: conference.id, classId: klass.id },
    });
    await db.classConferenceFocusPupil.create({
      data: { reviewId: review.id, pupilId: anna.id, reason: "Meget fravær" },
    });

    const grief = await db.group.create({
      data: {
        schoolId: school.id,
        kind: "GRIEF",
        name: "Sorggruppe",
        leaderId: trivsel.userId,
        startsOn: addDays(TODAY, -40),
      },
    });
    const ended = await db.group.create({
      data: {
        schoolId: school.id,
        kind: "OTHER",
        name: "Afsluttet",
        leaderId: trivsel.userId,
        startsOn: addDays(TODAY, -40),
        active: false,
      },
    });
    const quiet = await db.group.create({
      data: {
        schoolId: school.id,
        kind: "QUIET_YOUTH",
        name: "Stille unge",
        leaderId: trivsel.userId,
        startsOn: addDays(TODAY, -40),
      },
    });
    await db.groupParticipant.createMany({
      data: [
        { groupId: grief.id, pupilId: anna.id, joinedOn: addDays(TODAY, -40) },
        { groupId: grief.id, pupilId: bo.id, joinedOn: addDays(TODAY, -40) },
        { groupId: ended.id, pupilId: anna.id, joinedOn: addDays(TODAY, -40) },
        // Bo left the quiet-youth group; only a pupil of another class is in it now.
        {
          groupId: quiet.id,
          pupilId: bo.id,
          joinedOn: addDays(TODAY, -40),
          leftOn: addDays(TODAY, -5),
        },
        { groupId: quiet.id, pupilId: elsewhere.id, joinedOn: addDays(TODAY, -40) },
      ],
    });

    const auditBefore = await lastAuditId();
    const detail = await getClassDetail(trivsel, klass.id);

    expect(detail).toMatchObject({ id: klass.id, name: "4.A", schoolYear: SCHOOL_YEAR });
    expect(detail.classWork.map((row) => row.title)).toEqual([
      "Sociale medier",
      "Sprogbrug",
      "Den gode klasse",
    ]);
    expect(detail.classWork[0]).toMatchObject({ authorName: trivsel.name, version: 1 });
    expect(detail.pupils.map((pupil) => pupil.id)).toEqual([bo.id, anna.id]);
    expect(detail.focus).toEqual({
      conferenceId: conference.id,
      conferenceTitle: "Klassekonference efterår",
      heldOn: isoDay(addDays(TODAY, -14)),
      pupils: [{ id: anna.id, firstName: "Anna", lastName: "Berg", reason: "Meget fravær" }],
    });
    expect(detail.groups).toEqual([
      { id: grief.id, name: "Sorggruppe", kind: "GRIEF", pupilCount: 2 },
    ]);

    const audit = await db.auditLog.findMany({
      where: { id: { gt: auditBefore } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((row) => [row.action, row.pupilId])).toEqual([
      ["class.read", null],
      ["class-conference.focus-pupil.read", anna.id],
    ]);
    expect(audit[1]).toMatchObject({ actorId: trivsel.userId, entityId: klass.id });
  });

  it("says so when the class has not been through a class conference", async () => {
    const { trivsel, klass } = await setting();
    const detail = await getClassDetail(trivsel, klass.id);
    expect(detail.focus).toBeNull();
    expect(
      await db.auditLog.count({
        where: { action: "class-conference.focus-pupil.read", actorId: trivsel.userId },
      }),
    ).toBe(0);
  });
});

/** The id of the latest audit row, so a test can read what was written after it. */
async function lastAuditId(): Promise<bigint> {
  const last = await db.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return last?.id ?? 0n;
}

describe("who may do class work", () => {
  it.each(["TEACHER", "LEADERSHIP", "PPR", "ADMIN", "SSP", "HEALTH_NURSE"] as Role[])(
    "refuses %s everywhere and writes nothing",
    async (role) => {
      const { school, trivsel, klass } = await setting();
      const { id } = await logClassWork(trivsel, logClassWorkInput.parse(classWorkForm(klass.id)));
      const someone: Actor = await createActor(school, [role]);
      const before = await tableCounts();

      await expect(listClassOverview(someone)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getClassDetail(someone, klass.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        logClassWork(someone, logClassWorkInput.parse(classWorkForm(klass.id))),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        updateClassWork(
          someone,
          updateClassWorkInput.parse({ ...classWorkForm(klass.id), id, version: "1" }),
        ),
      ).rejects.toBeInstanceOf(ForbiddenError);
      expect(await tableCounts()).toEqual(before);
    },
  );
});
