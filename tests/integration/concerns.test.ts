/**
 * Concerns on a real database: raising one (only about a pupil one may find), the raiser's
 * status-only list, the school's list for those who handle concerns, the trivselsperson's
 * handling (versioned; firstActionAt once), the pupil picker, and every school kept to itself.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Actor } from "@/lib/auth/policy";
import {
  findPupilsForConcern,
  getConcern,
  listCoordinatorOptions,
  listMyConcerns,
  listPickerClasses,
  listSchoolConcerns,
  manageConcern,
  raiseConcern,
} from "@/lib/concerns";
import {
  concernFilterInput,
  manageConcernInput,
  raiseConcernInput,
  type RaiseConcernInput,
} from "@/lib/concerns/schemas";
import { db } from "@/lib/db/client";
import { DomainValidationError, NotFoundError, StaleVersionError } from "@/lib/errors";
import { createActor, createClass, createPupil, createSchool } from "../support/factories";

type School = Awaited<ReturnType<typeof createSchool>>;

async function teacherOf(school: School, classIds: string[]): Promise<Actor> {
  const teacher = await createActor(school, ["TEACHER"]);
  await db.classTeacher.createMany({
    data: classIds.map((classId) => ({ userId: teacher.userId, classId })),
  });
  return teacher;
}

function concernInput(pupilId: string, overrides: Partial<RaiseConcernInput> = {}) {
  return {
    pupilId,
    source: undefined,
    categories: ["SOCIAL" as const],
    level: "YELLOW" as const,
    description: "Sidder alene i alle frikvarterer de sidste to uger.",
    noticedBy: null,
    ...overrides,
  };
}

async function tableCounts() {
  const [concerns, audit] = await Promise.all([db.concern.count(), db.auditLog.count()]);
  return { concerns, audit };
}

describe("raising a concern", () => {
  let school: School;
  let teacher: Actor;
  let ownClassPupil: { id: string };
  let otherClassPupil: { id: string };
  let otherSchoolPupil: { id: string };

  beforeAll(async () => {
    school = await createSchool();
    const own = await createClass(school.id, { grade: 4, letter: "A" });
    const other = await createClass(school.id, { grade: 4, letter: "B" });
    teacher = await teacherOf(school, [own.id]);
    ownClassPupil = await createPupil(school.id, { classId: own.id });
    otherClassPupil = await createPupil(school.id, { classId: other.id });
    const elsewhere = await createSchool();
    otherSchoolPupil = await createPupil(elsewhere.id, {
      classId: (await createClass(elsewhere.id)).id,
    });
  });

  it("lets a teacher raise a concern about a pupil in their class, as NEW, audited", async () => {
    const input = raiseConcernInput.parse({
      pupilId: ownClassPupil.id,
      categories: ["ABSENCE", "EMOTIONAL", "ABSENCE"],
      level: "RED",
      description: "  Har været væk hver mandag i en måned og virker ked af det.  ",
      noticedBy: "Jeg selv",
    });
    const { id } = await raiseConcern(teacher, input);

    expect(await db.concern.findUniqueOrThrow({ where: { id } })).toMatchObject({
      schoolId: school.id,
      pupilId: ownClassPupil.id,
      raisedById: teacher.userId,
      source: "TEACHER",
      categories: ["ABSENCE", "EMOTIONAL"],
      level: "RED",
      status: "NEW",
      description: "Har været væk hver mandag i en måned og virker ked af det.",
      noticedBy: "Jeg selv",
      firstActionAt: null,
      coordinatorId: null,
    });
    expect(
      await db.auditLog.findMany({ where: { action: "concern.create", entityId: id } }),
    ).toMatchObject([{ actorId: teacher.userId, pupilId: ownClassPupil.id, outcome: "ALLOWED" }]);
  });

  it("keeps the source the raiser chose, and defaults it from the role", async () => {
    const { id } = await raiseConcern(
      teacher,
      concernInput(ownClassPupil.id, { source: "PARENT" }),
    );
    expect((await db.concern.findUniqueOrThrow({ where: { id } })).source).toBe("PARENT");

    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const own = await raiseConcern(trivsel, concernInput(otherClassPupil.id));
    expect((await db.concern.findUniqueOrThrow({ where: { id: own.id } })).source).toBe(
      "TRIVSELSPERSON",
    );
  });

  it("refuses a pupil outside the teacher's classes as not found, and writes nothing", async () => {
    const before = await tableCounts();
    await expect(raiseConcern(teacher, concernInput(otherClassPupil.id))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(raiseConcern(teacher, concernInput(otherSchoolPupil.id))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await tableCounts()).toEqual(before);
  });

  it("refuses another school's pupil to the trivselsperson too", async () => {
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const before = await tableCounts();
    await expect(raiseConcern(trivsel, concernInput(otherSchoolPupil.id))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await tableCounts()).toEqual(before);
  });

  it("refuses a pupil who has left the school", async () => {
    const left = await createPupil(school.id, {
      classId: (await db.pupil.findUniqueOrThrow({ where: { id: ownClassPupil.id } })).classId,
    });
    await db.pupil.update({ where: { id: left.id }, data: { active: false } });
    await expect(raiseConcern(teacher, concernInput(left.id))).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("refuses an administrator (no concern:create)", async () => {
    const admin = await createActor(school, ["ADMIN"]);
    const before = await tableCounts();
    await expect(raiseConcern(admin, concernInput(ownClassPupil.id))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await tableCounts()).toEqual(before);
  });

  const good = {
    pupilId: "0190c0de-0000-7000-8000-000000000001",
    categories: ["SOCIAL"],
    level: "GREEN",
    description: "Bliver drillet i frikvarteret af nogle fra 5. klasse.",
  };
  it.each([
    [{ ...good, pupilId: "" }, "pupilId"],
    [{ ...good, pupilId: "not-an-id" }, "pupilId"],
    [{ ...good, categories: undefined }, "categories"],
    [{ ...good, categories: ["SOCIAL", "WEATHER"] }, "categories"],
    [{ ...good, level: "" }, "level"],
    [{ ...good, level: "ORANGE" }, "level"],
    [{ ...good, description: "   " }, "description"],
    [{ ...good, description: "ked af" }, "description"],
    [{ ...good, description: "x".repeat(4001) }, "description"],
    [{ ...good, source: "NEIGHBOUR" }, "source"],
    [{ ...good, noticedBy: "x".repeat(201) }, "noticedBy"],
  ])("refuses bad input %# on %s, and writes nothing", async (form, field) => {
    const before = await tableCounts();
    const parsed = raiseConcernInput.safeParse(form);
    expect(parsed.success).toBe(false);
    expect([...new Set(parsed.error?.issues.map((issue) => issue.path[0]))]).toEqual([field]);
    expect(await tableCounts()).toEqual(before);
  });

  it("says what is wrong first: a blank description is missing, not too short", () => {
    const parsed = raiseConcernInput.safeParse({ ...good, description: " " });
    expect(parsed.error?.issues[0]?.message).toBe("validation.required");
    const short = raiseConcernInput.safeParse({ ...good, description: "ked af" });
    expect(short.error?.issues[0]?.message).toBe("concerns.errors.describeMore");
  });

  it("accepts the good input the cases above start from", () => {
    expect(raiseConcernInput.safeParse(good).success).toBe(true);
    expect(raiseConcernInput.safeParse({ ...good, source: "" }).data?.source).toBeUndefined();
  });
});

describe("who sees which concerns", () => {
  let school: School;
  let teacher: Actor;
  let colleague: Actor;
  let trivsel: Actor;
  let mine: { id: string };
  let theirs: { id: string };
  let otherSchoolConcern: { id: string };
  const secretOfColleague = "Kollegaens beskrivelse: mor har ringet om vold i hjemmet.";

  beforeAll(async () => {
    school = await createSchool();
    const schoolClass = await createClass(school.id, { grade: 5, letter: "B" });
    teacher = await teacherOf(school, [schoolClass.id]);
    colleague = await teacherOf(school, [schoolClass.id]);
    trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const pupil = await createPupil(school.id, {
      classId: schoolClass.id,
      firstName: "Alma",
      lastName: "Krogh",
    });
    mine = await raiseConcern(teacher, concernInput(pupil.id, { level: "GREEN" }));
    theirs = await raiseConcern(
      colleague,
      concernInput(pupil.id, { description: secretOfColleague, level: "RED" }),
    );
    // Case work behind the teacher's concern, which the teacher must never see.
    await db.caseEntry.create({
      data: {
        schoolId: school.id,
        pupilId: pupil.id,
        concernId: mine.id,
        authorId: trivsel.userId,
        authorRole: "TRIVSELSPERSON",
        kind: "CONVERSATION",
        confidentiality: "CASE",
        occurredOn: new Date("2026-11-02T00:00:00Z"),
        title: "Samtale med Alma om hjemmet",
        details: { notes: "Fortrolige noter fra samtalen" },
      },
    });
    await manageConcern(trivsel, {
      id: mine.id,
      version: 1,
      status: "IN_PROGRESS",
      coordinatorId: trivsel.userId,
    });

    const elsewhere = await createSchool();
    const elsewhereTrivsel = await createActor(elsewhere, ["TRIVSELSPERSON"]);
    otherSchoolConcern = await raiseConcern(
      elsewhereTrivsel,
      concernInput((await createPupil(elsewhere.id)).id),
    );
  });

  it("gives the teacher their own concerns with status fields only", async () => {
    const rows = await listMyConcerns(teacher);
    expect(rows.map((row) => row.id)).toEqual([mine.id]);
    const [row] = rows;
    expect(Object.keys(row!).sort()).toEqual(
      ["categories", "coordinatorName", "id", "level", "pupil", "raisedAt", "status"].sort(),
    );
    expect(row).toMatchObject({
      status: "IN_PROGRESS",
      level: "GREEN",
      coordinatorName: trivsel.name,
      pupil: { name: "Alma Krogh", className: "5.B" },
    });
    const json = JSON.stringify(rows);
    expect(json).not.toContain(secretOfColleague);
    expect(json).not.toContain("Sidder alene"); // not even their own description in the list
    expect(json).not.toContain("Fortrolige noter");
    expect(json).not.toContain("Samtale med Alma");
  });

  it("writes one audit row per pupil on the teacher's list", async () => {
    const before = await db.auditLog.count({ where: { action: "concern.list-own" } });
    await listMyConcerns(teacher);
    expect(
      await db.auditLog.findMany({
        where: { action: "concern.list-own", actorId: teacher.userId },
        skip: before,
      }),
    ).toHaveLength(1);
  });

  it("opens the teacher's own concern as the status view, and another's not at all", async () => {
    const view = await getConcern(teacher, mine.id);
    expect(view.view).toBe("status");
    expect(Object.keys(view.concern).sort()).toEqual(
      [
        "categories",
        "closedAt",
        "coordinatorName",
        "description",
        "id",
        "level",
        "noticedBy",
        "pupil",
        "raisedAt",
        "source",
        "status",
      ].sort(),
    );
    expect(JSON.stringify(view)).not.toContain("Fortrolige noter");
    await expect(getConcern(teacher, theirs.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getConcern(teacher, otherSchoolConcern.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getConcern(teacher, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("gives the trivselsperson the school's concerns, newest first, with everything", async () => {
    const page = await listSchoolConcerns(trivsel, concernFilterInput.parse({}));
    expect(page.rows.map((row) => row.id)).toEqual([theirs.id, mine.id]);
    expect(page.rows[0]).toMatchObject({ raisedByName: colleague.name, level: "RED" });

    const view = await getConcern(trivsel, theirs.id);
    expect(view).toMatchObject({
      view: "full",
      concern: { description: secretOfColleague, version: 1 },
    });
    expect(
      await db.auditLog.findFirst({
        where: { action: "concern.read", entityId: theirs.id, actorId: trivsel.userId },
      }),
    ).toMatchObject({ pupilId: expect.any(String), outcome: "ALLOWED" });
  });

  it("lets leadership read the school's concerns but not handle them", async () => {
    const leader = await createActor(school, ["LEADERSHIP"]);
    const page = await listSchoolConcerns(leader, concernFilterInput.parse({}));
    expect(page.total).toBe(2);
    await expect(
      manageConcern(leader, { id: mine.id, version: 2, status: "CLOSED", coordinatorId: null }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("keeps another school's concerns invisible", async () => {
    const page = await listSchoolConcerns(trivsel, concernFilterInput.parse({}));
    expect(page.rows.map((row) => row.id)).not.toContain(otherSchoolConcern.id);
    await expect(getConcern(trivsel, otherSchoolConcern.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      manageConcern(trivsel, {
        id: otherSchoolConcern.id,
        version: 1,
        status: "CLOSED",
        coordinatorId: null,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(
      await db.concern.findUniqueOrThrow({ where: { id: otherSchoolConcern.id } }),
    ).toMatchObject({ status: "NEW", version: 1 });
  });

  it.each(["ADMIN", "PPR", "TEACHER", "HEALTH_NURSE"] as const)(
    "refuses %s the school's list",
    async (role) => {
      const someone = await createActor(school, [role]);
      await expect(
        listSchoolConcerns(someone, concernFilterInput.parse({})),
      ).rejects.toBeInstanceOf(ForbiddenError);
    },
  );

  it("refuses an administrator even their own list and a single concern", async () => {
    const admin = await createActor(school, ["ADMIN"]);
    await expect(listMyConcerns(admin)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getConcern(admin, mine.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("gives a PPR psychologist their own concerns only", async () => {
    const ppr = await createActor(school, ["PPR"]);
    expect(await listMyConcerns(ppr)).toEqual([]);
    await expect(getConcern(ppr, mine.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps 'mine' to one's own concerns for those who may read them all", async () => {
    const leader = await createActor(school, ["LEADERSHIP"]);
    const pupil = await createPupil(school.id);
    const own = await raiseConcern(leader, concernInput(pupil.id));
    expect((await listMyConcerns(leader)).map((row) => row.id)).toEqual([own.id]);
    expect(await listMyConcerns(trivsel)).toEqual([]);
  });
});

describe("filtering the school's concerns", () => {
  it("filters by status, level, category and class, and audits one row per pupil shown", async () => {
    const school = await createSchool();
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const classA = await createClass(school.id, { grade: 2, letter: "A" });
    const classB = await createClass(school.id, { grade: 2, letter: "B" });
    const anna = await createPupil(school.id, { classId: classA.id });
    const bo = await createPupil(school.id, { classId: classB.id });
    const red = await raiseConcern(
      trivsel,
      concernInput(anna.id, { level: "RED", categories: ["HOME", "HEALTH"] }),
    );
    const green = await raiseConcern(
      trivsel,
      concernInput(bo.id, { level: "GREEN", categories: ["ACADEMIC"] }),
    );
    await manageConcern(trivsel, {
      id: green.id,
      version: 1,
      status: "CLOSED",
      coordinatorId: null,
    });
    const ids = async (query: Record<string, string>) =>
      (await listSchoolConcerns(trivsel, concernFilterInput.parse(query))).rows.map(
        (row) => row.id,
      );

    expect(await ids({})).toEqual([green.id, red.id]);
    expect(await ids({ status: "NEW" })).toEqual([red.id]);
    expect(await ids({ status: "CLOSED" })).toEqual([green.id]);
    expect(await ids({ level: "RED" })).toEqual([red.id]);
    expect(await ids({ category: "HEALTH" })).toEqual([red.id]);
    expect(await ids({ category: "ACADEMIC", level: "RED" })).toEqual([]);
    expect(await ids({ classId: classB.id })).toEqual([green.id]);
    // Nonsense in the address bar falls back to "all".
    expect(await ids({ status: "LOST", level: "blue", classId: "x" })).toEqual([green.id, red.id]);

    const before = await db.auditLog.count({ where: { action: "concern.list" } });
    await listSchoolConcerns(trivsel, concernFilterInput.parse({}));
    const rows = await db.auditLog.findMany({
      where: { action: "concern.list" },
      orderBy: { id: "asc" },
      skip: before,
    });
    expect(rows.map((row) => row.pupilId).sort()).toEqual([anna.id, bo.id].sort());
  });
});

describe("handling a concern", () => {
  let school: School;
  let trivsel: Actor;
  let pupilId: string;

  beforeAll(async () => {
    school = await createSchool();
    trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    pupilId = (await createPupil(school.id)).id;
  });

  let raised = 0;
  /** A new concern each time: the same words again would be the same concern (sent again). */
  async function freshConcern() {
    raised += 1;
    return raiseConcern(
      trivsel,
      concernInput(pupilId, { description: `Sidder alene i frikvartererne (${raised}).` }),
    );
  }

  it("sets firstActionAt on the first move away from NEW, and only then", async () => {
    const { id } = await freshConcern();
    await manageConcern(trivsel, { id, version: 1, status: "NEW", coordinatorId: trivsel.userId });
    expect(await db.concern.findUniqueOrThrow({ where: { id } })).toMatchObject({
      firstActionAt: null,
      coordinatorId: trivsel.userId,
      version: 2,
    });

    await manageConcern(trivsel, { id, version: 2, status: "IN_PROGRESS", coordinatorId: null });
    const first = (await db.concern.findUniqueOrThrow({ where: { id } })).firstActionAt;
    expect(first).toBeInstanceOf(Date);

    await new Promise((resolve) => setTimeout(resolve, 5));
    await manageConcern(trivsel, { id, version: 3, status: "ON_FORUM", coordinatorId: null });
    await manageConcern(trivsel, { id, version: 4, status: "CLOSED", coordinatorId: null });
    const closed = await db.concern.findUniqueOrThrow({ where: { id } });
    expect(closed.firstActionAt).toEqual(first);
    expect(closed.closedAt).toBeInstanceOf(Date);
    expect(closed.status).toBe("CLOSED");

    // Reopened: no longer closed, first action unchanged.
    await manageConcern(trivsel, { id, version: 5, status: "IN_PROGRESS", coordinatorId: null });
    expect(await db.concern.findUniqueOrThrow({ where: { id } })).toMatchObject({
      closedAt: null,
      firstActionAt: first,
      version: 6,
    });

    const updates = await db.auditLog.findMany({
      where: { action: "concern.update", entityId: id },
      orderBy: { id: "asc" },
    });
    expect(updates.map((row) => row.details)).toEqual([
      { from: "NEW", to: "NEW", coordinatorChanged: true },
      { from: "NEW", to: "IN_PROGRESS", coordinatorChanged: true },
      { from: "IN_PROGRESS", to: "ON_FORUM", coordinatorChanged: false },
      { from: "ON_FORUM", to: "CLOSED", coordinatorChanged: false },
      { from: "CLOSED", to: "IN_PROGRESS", coordinatorChanged: false },
    ]);
    expect(updates.every((row) => row.pupilId === pupilId)).toBe(true);
  });

  it("refuses a stale edit and keeps the other one", async () => {
    const { id } = await freshConcern();
    const edit = (status: string) =>
      manageConcernInput.parse({ id, version: "1", status, coordinatorId: "" });
    await manageConcern(trivsel, edit("IN_PROGRESS"));
    const before = await db.auditLog.count();
    await expect(manageConcern(trivsel, edit("CLOSED"))).rejects.toBeInstanceOf(StaleVersionError);
    expect(await db.concern.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "IN_PROGRESS",
      closedAt: null,
      version: 2,
    });
    expect(await db.auditLog.count()).toBe(before);
  });

  it("never sets a handled concern back to NEW", async () => {
    const { id } = await freshConcern();
    await manageConcern(trivsel, { id, version: 1, status: "IN_PROGRESS", coordinatorId: null });
    const error = await manageConcern(trivsel, {
      id,
      version: 2,
      status: "NEW",
      coordinatorId: null,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainValidationError);
    expect((error as DomainValidationError).field).toBe("status");
    expect((await db.concern.findUniqueOrThrow({ where: { id } })).status).toBe("IN_PROGRESS");
  });

  it("takes only a trivselsperson of the school as tovholder", async () => {
    const { id } = await freshConcern();
    const colleague = await createActor(school, ["TRIVSELSPERSON"]);
    const teacher = await createActor(school, ["TEACHER"]);
    const elsewhere = await createActor(await createSchool(), ["TRIVSELSPERSON"]);

    expect((await listCoordinatorOptions(trivsel)).map((user) => user.id).sort()).toEqual(
      [trivsel.userId, colleague.userId].sort(),
    );
    for (const candidate of [teacher, elsewhere]) {
      const error = await manageConcern(trivsel, {
        id,
        version: 1,
        status: "IN_PROGRESS",
        coordinatorId: candidate.userId,
      }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DomainValidationError);
      expect((error as DomainValidationError).field).toBe("coordinatorId");
    }
    expect(await db.concern.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "NEW",
      coordinatorId: null,
      version: 1,
    });

    await manageConcern(trivsel, {
      id,
      version: 1,
      status: "IN_PROGRESS",
      coordinatorId: colleague.userId,
    });
    expect((await db.concern.findUniqueOrThrow({ where: { id } })).coordinatorId).toBe(
      colleague.userId,
    );
  });

  it.each(["TEACHER", "LEADERSHIP", "PPR", "ADMIN"] as const)("refuses %s", async (role) => {
    const { id } = await freshConcern();
    const someone = await createActor(school, [role]);
    await expect(
      manageConcern(someone, { id, version: 1, status: "CLOSED", coordinatorId: null }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listCoordinatorOptions(someone)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.concern.findUniqueOrThrow({ where: { id } })).status).toBe("NEW");
  });
});

describe("the pupil picker", () => {
  let school: School;
  let teacher: Actor;
  let own: { id: string };
  let other: { id: string };

  beforeAll(async () => {
    school = await createSchool();
    own = await createClass(school.id, { grade: 4, letter: "A" });
    other = await createClass(school.id, { grade: 4, letter: "B" });
    teacher = await teacherOf(school, [own.id]);
    await createPupil(school.id, { classId: own.id, firstName: "Ida", lastName: "Holm" });
    await createPupil(school.id, { classId: own.id, firstName: "Oscar", lastName: "Bak" });
    await createPupil(school.id, { classId: other.id, firstName: "Ida", lastName: "Skov" });
  });

  it("finds only the pupils of the teacher's own classes", async () => {
    expect((await listPickerClasses(teacher)).map((row) => row.name)).toEqual(["4.A"]);
    const byName = await findPupilsForConcern(teacher, { q: "ida" });
    expect(byName.pupils.map((pupil) => pupil.name)).toEqual(["Ida Holm"]);
    const byOtherClass = await findPupilsForConcern(teacher, { classId: other.id });
    expect(byOtherClass).toMatchObject({ searched: true, pupils: [] });
  });

  it("lists a teacher's few pupils at once, and the school's many only after a search", async () => {
    const all = await findPupilsForConcern(teacher, {});
    expect(all.pupils.map((pupil) => pupil.name)).toEqual(["Oscar Bak", "Ida Holm"]);

    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    for (let i = 0; i < 80; i++) await createPupil(school.id, { classId: other.id });
    expect(await findPupilsForConcern(trivsel, {})).toMatchObject({
      searched: false,
      pupils: [],
    });
    expect(
      (await findPupilsForConcern(trivsel, { q: "ida" })).pupils.map((pupil) => pupil.name),
    ).toEqual(["Ida Holm", "Ida Skov"]);
  });

  it("needs two letters, and audits the criteria, never the names found", async () => {
    const before = await db.auditLog.count({ where: { action: "pupil.search" } });
    expect(await findPupilsForConcern(teacher, { q: "i" })).toMatchObject({
      searched: false,
      queryTooShort: true,
    });
    expect(await db.auditLog.count({ where: { action: "pupil.search" } })).toBe(before);

    await findPupilsForConcern(teacher, { q: "holm", classId: own.id });
    const row = await db.auditLog.findFirstOrThrow({
      where: { action: "pupil.search", actorId: teacher.userId },
      orderBy: { id: "desc" },
    });
    expect(row.details).toMatchObject({ q: "holm", classId: own.id });
    expect(JSON.stringify(row.details)).not.toContain("Ida");
  });

  it("refuses an administrator (no concern:create)", async () => {
    const admin = await createActor(school, ["ADMIN"]);
    await expect(findPupilsForConcern(admin, { q: "ida" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
