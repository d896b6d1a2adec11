import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  createGuardian,
  createGuardianInput,
  removeGuardian,
  removeGuardianInput,
  updateGuardian,
  updateGuardianInput,
} from "@/lib/admin/guardians";
import {
  createPupil,
  createPupilInput,
  getPupil,
  listClassOptions,
  markPupilLeft,
  markPupilLeftInput,
  pupilSearchInput,
  PUPILS_PER_PAGE,
  reactivatePupil,
  reactivatePupilInput,
  searchPupils,
  updatePupil,
  updatePupilInput,
} from "@/lib/admin/pupils";
import { ForbiddenError, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { DomainValidationError, NotFoundError, StaleVersionError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  counts,
  createActor,
  createClass,
  createPupil as createPupilRow,
  createSchool,
  createUser,
} from "../support/factories";

// ─── Helpers ──────────────────────────────────────────────────────────────────────────────────

/** A school with an admin and a class, and a second school with a pupil, guardian and class. */
async function twoSchools() {
  const school = await createSchool();
  const admin = await createActor(school, ["ADMIN"]);
  const schoolClass = await createClass(school.id, { grade: 3, letter: "A" });
  const otherSchool = await createSchool();
  const otherClass = await createClass(otherSchool.id);
  const otherPupil = await createPupilRow(otherSchool.id, { classId: otherClass.id });
  const otherGuardian = await db.guardian.create({
    data: { pupilId: otherPupil.id, name: "Anden Forælder" },
  });
  return { school, admin, schoolClass, otherSchool, otherClass, otherPupil, otherGuardian };
}

/** What a browser posts for a new pupil: every value a string. */
function pupilForm(overrides: Record<string, string> = {}) {
  return {
    firstName: "Anna",
    lastName: "Jensen",
    dateOfBirth: "2015-03-14",
    externalId: `E-${Math.random().toString(36).slice(2, 10)}`,
    classId: "",
    ...overrides,
  };
}

function guardianForm(overrides: Record<string, string> = {}) {
  return {
    name: "Mette Jensen",
    relation: "mor",
    email: "Mette@Example.dk",
    phone: "+45 12 34 56 78",
    address: "Skolevej 1\n9000 Aalborg",
    hasParentalAuthority: "on",
    ...overrides,
  };
}

function parse<S extends z.ZodType>(schema: S, form: Record<string, string>): z.output<S> {
  return schema.parse(form);
}

/** The fields a refused form would mark, with the first message key of each (as the form shows). */
function refusedFields(schema: z.ZodType, form: Record<string, unknown>) {
  const result = schema.safeParse(form);
  expect(result.success).toBe(false);
  const fields: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) fields[String(issue.path[0])] ??= issue.message;
  return fields;
}

/** The actor's audit entries of one action (the database is shared by the tests of this file). */
function auditRows(actor: Actor, action: string) {
  return db.auditLog.findMany({ where: { actorId: actor.userId, action }, orderBy: { id: "asc" } });
}

async function newPupil(admin: Actor, overrides: Record<string, string> = {}) {
  const { id } = await createPupil(admin, parse(createPupilInput, pupilForm(overrides)));
  return db.pupil.findUniqueOrThrow({ where: { id } });
}

function isoDaysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

// ─── Pupils ───────────────────────────────────────────────────────────────────────────────────

describe("creating a pupil", () => {
  it("creates the pupil at the actor's school, whatever schoolId the form carries, and audits it", async () => {
    const { admin, school, schoolClass, otherSchool } = await twoSchools();
    const input = parse(
      createPupilInput,
      pupilForm({
        firstName: "  Anna ",
        classId: schoolClass.id,
        externalId: "E1001",
        schoolId: otherSchool.id,
      }),
    );
    const { id } = await createPupil(admin, input);

    const pupil = await db.pupil.findUniqueOrThrow({ where: { id } });
    expect(pupil).toMatchObject({
      schoolId: school.id,
      classId: schoolClass.id,
      firstName: "Anna",
      lastName: "Jensen",
      externalId: "E1001",
      active: true,
      leftOn: null,
      version: 1,
    });
    expect(pupil.dateOfBirth.toISOString()).toBe("2015-03-14T00:00:00.000Z");

    const [audit] = await auditRows(admin, "admin.pupil.create");
    expect(audit).toMatchObject({
      actorId: admin.userId,
      schoolId: school.id,
      pupilId: id,
      entityType: "Pupil",
      entityId: id,
      outcome: "ALLOWED",
    });
  });

  it("creates a pupil without a class", async () => {
    const { admin } = await twoSchools();
    const pupil = await newPupil(admin);
    expect(pupil.classId).toBeNull();
  });

  it("refuses a class of another school as not found, and creates nothing", async () => {
    const { admin, otherClass } = await twoSchools();
    const before = await counts();
    await expect(
      createPupil(admin, parse(createPupilInput, pupilForm({ classId: otherClass.id }))),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
  });

  it("refuses an inactive class for a new pupil", async () => {
    const { admin, school } = await twoSchools();
    const oldClass = await createClass(school.id, { schoolYear: "2020/21" });
    await db.class.update({ where: { id: oldClass.id }, data: { active: false } });
    const before = await counts();
    const error = await createPupil(
      admin,
      parse(createPupilInput, pupilForm({ classId: oldClass.id })),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainValidationError);
    expect(error).toMatchObject({
      field: "classId",
      messageKey: "adminPupils.errors.classInactive",
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses a pupil number already used at the school, but not one used at another school", async () => {
    const { admin, otherPupil } = await twoSchools();
    await newPupil(admin, { externalId: "DUP-1" });
    const before = await counts();
    const error = await createPupil(
      admin,
      parse(createPupilInput, pupilForm({ externalId: "DUP-1" })),
    ).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      field: "externalId",
      messageKey: "adminPupils.errors.duplicateExternalId",
    });
    expect(await counts()).toEqual(before);

    const sameNumberElsewhere = await newPupil(admin, { externalId: otherPupil.externalId });
    expect(sameNumberElsewhere.externalId).toBe(otherPupil.externalId);
  });

  it.each([
    ["firstName", { firstName: "   " }, "validation.required"],
    ["lastName", { lastName: "" }, "validation.required"],
    ["externalId", { externalId: "" }, "validation.required"],
    ["dateOfBirth", { dateOfBirth: "" }, "validation.required"],
    ["dateOfBirth", { dateOfBirth: "14-03-2015" }, "validation.date"],
    ["dateOfBirth", { dateOfBirth: isoDaysFromToday(3) }, "validation.dateInFuture"],
    ["dateOfBirth", { dateOfBirth: "1950-01-01" }, "adminPupils.errors.dateOfBirthTooEarly"],
    ["classId", { classId: "5.A" }, "validation.choose"],
  ])("refuses bad input in %s (%j) and changes nothing", async (field, overrides, message) => {
    const before = await counts();
    const refused = refusedFields(createPupilInput, pupilForm(overrides));
    expect(refused[field]).toBe(message);
    expect(await counts()).toEqual(before);
  });

  it("refuses a first name over 100 characters", () => {
    expect(
      refusedFields(createPupilInput, pupilForm({ firstName: "x".repeat(101) })),
    ).toHaveProperty("firstName");
  });
});

describe("editing a pupil", () => {
  it("saves the changes, moves the version on and audits which fields changed", async () => {
    const { admin, schoolClass } = await twoSchools();
    const pupil = await newPupil(admin, { externalId: "E2001" });
    const input = parse(updatePupilInput, {
      ...pupilForm({ externalId: "E2001", lastName: "Hansen", classId: schoolClass.id }),
      id: pupil.id,
      version: String(pupil.version),
    });
    await updatePupil(admin, input);

    const saved = await db.pupil.findUniqueOrThrow({ where: { id: pupil.id } });
    expect(saved).toMatchObject({ lastName: "Hansen", classId: schoolClass.id, version: 2 });
    const [audit] = await auditRows(admin, "admin.pupil.update");
    expect(audit).toMatchObject({ pupilId: pupil.id, entityId: pupil.id });
    expect(audit?.details).toEqual({ changed: ["lastName", "classId"] });
  });

  it("refuses a stale version and changes nothing", async () => {
    const { admin } = await twoSchools();
    const pupil = await newPupil(admin, { externalId: "E2002" });
    const form = { ...pupilForm({ externalId: "E2002" }), id: pupil.id, version: "1" };
    await updatePupil(admin, parse(updatePupilInput, { ...form, firstName: "Først" }));
    const afterFirst = await db.pupil.findUniqueOrThrow({ where: { id: pupil.id } });
    const before = await counts();

    await expect(
      updatePupil(admin, parse(updatePupilInput, { ...form, firstName: "Anden" })),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect(await db.pupil.findUniqueOrThrow({ where: { id: pupil.id } })).toEqual(afterFirst);
    expect(await counts()).toEqual(before);
  });

  it("treats another school's pupil as not found and leaves it alone", async () => {
    const { admin, otherPupil } = await twoSchools();
    const before = await counts();
    await expect(
      updatePupil(
        admin,
        parse(updatePupilInput, {
          ...pupilForm({ firstName: "Kapret" }),
          id: otherPupil.id,
          version: String(otherPupil.version),
        }),
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.pupil.findUniqueOrThrow({ where: { id: otherPupil.id } })).toEqual(otherPupil);
    expect(await counts()).toEqual(before);
  });

  it("refuses moving a pupil into another school's class", async () => {
    const { admin, otherClass } = await twoSchools();
    const pupil = await newPupil(admin, { externalId: "E2003" });
    await expect(
      updatePupil(
        admin,
        parse(updatePupilInput, {
          ...pupilForm({ externalId: "E2003", classId: otherClass.id }),
          id: pupil.id,
          version: "1",
        }),
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.pupil.findUniqueOrThrow({ where: { id: pupil.id } })).toEqual(pupil);
  });

  it("lets a pupil stay in their class after the class was made inactive", async () => {
    const { admin, schoolClass } = await twoSchools();
    const pupil = await newPupil(admin, { externalId: "E2004", classId: schoolClass.id });
    await db.class.update({ where: { id: schoolClass.id }, data: { active: false } });
    await updatePupil(
      admin,
      parse(updatePupilInput, {
        ...pupilForm({ externalId: "E2004", classId: schoolClass.id, firstName: "Ny" }),
        id: pupil.id,
        version: "1",
      }),
    );
    expect(await db.pupil.findUniqueOrThrow({ where: { id: pupil.id } })).toMatchObject({
      firstName: "Ny",
      classId: schoolClass.id,
    });
  });

  it("refuses a form without id or version", () => {
    const refused = refusedFields(updatePupilInput, { ...pupilForm(), id: "x", version: "" });
    expect(Object.keys(refused)).toEqual(expect.arrayContaining(["id", "version"]));
  });
});

describe("a pupil leaving and coming back", () => {
  it("marks the pupil as left and reactivates them, each audited", async () => {
    const { admin } = await twoSchools();
    const pupil = await newPupil(admin);
    await markPupilLeft(
      admin,
      parse(markPupilLeftInput, { id: pupil.id, version: "1", leftOn: "2026-06-30" }),
    );
    expect(await db.pupil.findUniqueOrThrow({ where: { id: pupil.id } })).toMatchObject({
      active: false,
      leftOn: new Date("2026-06-30T00:00:00Z"),
      version: 2,
    });

    await reactivatePupil(admin, parse(reactivatePupilInput, { id: pupil.id, version: "2" }));
    expect(await db.pupil.findUniqueOrThrow({ where: { id: pupil.id } })).toMatchObject({
      active: true,
      leftOn: null,
      version: 3,
    });

    const [left] = await auditRows(admin, "admin.pupil.leave");
    expect(left).toMatchObject({ pupilId: pupil.id, details: { leftOn: "2026-06-30" } });
    const [back] = await auditRows(admin, "admin.pupil.reactivate");
    expect(back).toMatchObject({ pupilId: pupil.id });
  });

  it("refuses a stale version, a leaving date in the future and another school's pupil", async () => {
    const { admin, otherPupil } = await twoSchools();
    const pupil = await newPupil(admin);
    await markPupilLeft(
      admin,
      parse(markPupilLeftInput, { id: pupil.id, version: "1", leftOn: "2026-06-30" }),
    );
    const left = await db.pupil.findUniqueOrThrow({ where: { id: pupil.id } });
    const before = await counts();

    await expect(
      reactivatePupil(admin, parse(reactivatePupilInput, { id: pupil.id, version: "1" })),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect(
      refusedFields(markPupilLeftInput, {
        id: pupil.id,
        version: "2",
        leftOn: isoDaysFromToday(5),
      }),
    ).toEqual({ leftOn: "validation.dateInFuture" });
    await expect(
      markPupilLeft(
        admin,
        parse(markPupilLeftInput, { id: otherPupil.id, version: "1", leftOn: "2026-06-30" }),
      ),
    ).rejects.toBeInstanceOf(NotFoundError);

    expect(await db.pupil.findUniqueOrThrow({ where: { id: pupil.id } })).toEqual(left);
    expect(await db.pupil.findUniqueOrThrow({ where: { id: otherPupil.id } })).toEqual(otherPupil);
    expect(await counts()).toEqual(before);
  });
});

// ─── Reads ────────────────────────────────────────────────────────────────────────────────────

describe("searching pupils", () => {
  async function schoolWithPupils() {
    const setup = await twoSchools();
    const { school, schoolClass } = setup;
    const firstClass = await createClass(school.id, { grade: 1, letter: "B" });
    const anna = await createPupilRow(school.id, {
      classId: schoolClass.id,
      firstName: "Anna",
      lastName: "Jensen",
      externalId: "S-100",
    });
    const bo = await createPupilRow(school.id, {
      classId: firstClass.id,
      firstName: "Bo",
      lastName: "Andersen",
      externalId: "S-101",
    });
    const carl = await createPupilRow(school.id, {
      classId: schoolClass.id,
      firstName: "Carl",
      lastName: "Andersen",
      externalId: "S-102",
    });
    const noClass = await createPupilRow(school.id, {
      firstName: "Dorte",
      lastName: "Aagaard",
      externalId: "S-103",
    });
    const gone = await createPupilRow(school.id, {
      classId: schoolClass.id,
      firstName: "Anna",
      lastName: "Berg",
      externalId: "S-104",
    });
    await db.pupil.update({
      where: { id: gone.id },
      data: { active: false, leftOn: new Date("2026-01-31T00:00:00Z") },
    });
    // Same name at the other school: must never show up.
    await createPupilRow(setup.otherSchool.id, { firstName: "Anna", lastName: "Jensen" });
    return { ...setup, firstClass, anna, bo, carl, noClass, gone };
  }

  const search = (criteria: Record<string, string>) => pupilSearchInput.parse(criteria);

  it("lists the school's current pupils by class, then name, those without a class last", async () => {
    const { admin, anna, bo, carl, noClass } = await schoolWithPupils();
    const result = await searchPupils(admin, search({}));
    expect(result.rows.map((row) => row.id)).toEqual([bo.id, carl.id, anna.id, noClass.id]);
    expect(result).toMatchObject({ total: 4, page: 1, pageSize: PUPILS_PER_PAGE });
    expect(result.rows[0]).toEqual({
      id: bo.id,
      firstName: "Bo",
      lastName: "Andersen",
      dateOfBirth: "2015-03-14",
      externalId: "S-101",
      classId: bo.classId,
      className: "1.B",
      active: true,
      leftOn: null,
    });
  });

  it("finds by name words, by pupil number, by class and by status", async () => {
    const { admin, schoolClass, anna, carl, noClass, gone } = await schoolWithPupils();
    const ids = async (criteria: Record<string, string>) =>
      (await searchPupils(admin, search(criteria))).rows.map((row) => row.id);

    expect(await ids({ q: "anna jen" })).toEqual([anna.id]);
    expect(await ids({ q: "s-102" })).toEqual([carl.id]);
    expect(await ids({ classId: schoolClass.id })).toEqual([carl.id, anna.id]);
    expect(await ids({ classId: "none" })).toEqual([noClass.id]);
    expect(await ids({ q: "anna", status: "left" })).toEqual([gone.id]);
    expect(await ids({ q: "anna", status: "all" })).toEqual([gone.id, anna.id]);
    expect(await ids({ q: "nobody" })).toEqual([]);
  });

  it("never finds another school's pupils, not even by their class id", async () => {
    const { admin, otherClass, otherPupil } = await schoolWithPupils();
    const byClass = await searchPupils(admin, search({ classId: otherClass.id }));
    expect(byClass.rows).toEqual([]);
    const byNumber = await searchPupils(admin, search({ q: otherPupil.externalId, status: "all" }));
    expect(byNumber.rows).toEqual([]);
  });

  it("pages 50 at a time and keeps a page past the end on the last page", async () => {
    const { admin, school } = await twoSchools();
    await db.pupil.createMany({
      data: Array.from({ length: PUPILS_PER_PAGE + 5 }, (_, index) => ({
        schoolId: school.id,
        firstName: "Elev",
        lastName: `Nr ${String(index).padStart(3, "0")}`,
        dateOfBirth: new Date("2014-05-01T00:00:00Z"),
        externalId: `P-${index}`,
      })),
    });
    const first = await searchPupils(admin, search({}));
    expect(first.rows).toHaveLength(PUPILS_PER_PAGE);
    expect(first.total).toBe(PUPILS_PER_PAGE + 5);
    const second = await searchPupils(admin, search({ page: "2" }));
    expect(second.rows.map((row) => row.lastName)).toEqual(
      ["050", "051", "052", "053", "054"].map((number) => `Nr ${number}`),
    );
    const beyond = await searchPupils(admin, search({ page: "9" }));
    expect(beyond.page).toBe(2);
  });

  it("falls back to defaults for odd query strings", () => {
    expect(
      pupilSearchInput.parse({ q: ["a", "b"], classId: "x", status: "deleted", page: "-3" }),
    ).toEqual({ q: undefined, classId: undefined, status: "active", page: 1 });
    expect(pupilSearchInput.parse({ q: "  anna  ", status: "all", page: "4" })).toEqual({
      q: "anna",
      classId: undefined,
      status: "all",
      page: 4,
    });
  });

  it("audits each search once, with its criteria and without whom it found", async () => {
    const { admin, schoolClass, school } = await schoolWithPupils();
    await searchPupils(admin, search({ q: "anna", classId: schoolClass.id, status: "all" }));
    const rows = await auditRows(admin, "admin.pupil.search");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: admin.userId,
      schoolId: school.id,
      pupilId: null,
      outcome: "ALLOWED",
      details: { q: "anna", classId: schoolClass.id, status: "all", page: 1 },
    });
    expect(JSON.stringify(rows[0]?.details)).not.toMatch(/Jensen|Berg/);
  });
});

describe("opening a pupil", () => {
  it("returns the pupil with guardians, those with parental authority first, and audits the read", async () => {
    const { admin, schoolClass } = await twoSchools();
    const pupil = await newPupil(admin, { classId: schoolClass.id });
    await db.guardian.createMany({
      data: [
        { pupilId: pupil.id, name: "Anders Far", hasParentalAuthority: false },
        { pupilId: pupil.id, name: "Bente Mor", hasParentalAuthority: true, email: "b@x.dk" },
      ],
    });

    const detail = await getPupil(admin, pupil.id);
    expect(detail).toMatchObject({
      id: pupil.id,
      className: "3.A",
      dateOfBirth: "2015-03-14",
      version: 1,
      legalHold: false,
    });
    expect(detail).not.toHaveProperty("schoolId");
    expect(detail.guardians.map((guardian) => guardian.name)).toEqual(["Bente Mor", "Anders Far"]);
    expect(Object.keys(detail.guardians[0]!).sort()).toEqual(
      [
        "address",
        "email",
        "hasParentalAuthority",
        "id",
        "name",
        "phone",
        "relation",
        "version",
      ].sort(),
    );

    const reads = await auditRows(admin, "admin.pupil.read");
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actorId: admin.userId, pupilId: pupil.id });
  });

  it("treats another school's pupil and a malformed id as not found, leaving no audit entry", async () => {
    const { admin, otherPupil } = await twoSchools();
    const before = await counts();
    await expect(getPupil(admin, otherPupil.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPupil(admin, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
  });

  it("offers only the school's own classes", async () => {
    const { admin, schoolClass, otherClass } = await twoSchools();
    const options = await listClassOptions(admin);
    expect(options.map((option) => option.id)).toContain(schoolClass.id);
    expect(options.map((option) => option.id)).not.toContain(otherClass.id);
    expect(options.find((option) => option.id === schoolClass.id)).toEqual({
      id: schoolClass.id,
      name: "3.A",
      schoolYear: schoolClass.schoolYear,
      active: true,
    });
  });
});

// ─── Guardians ────────────────────────────────────────────────────────────────────────────────

describe("guardians", () => {
  it("adds a guardian to a pupil of the school and audits it with the pupil", async () => {
    const { admin } = await twoSchools();
    const pupil = await newPupil(admin);
    const { id } = await createGuardian(
      admin,
      parse(createGuardianInput, { ...guardianForm(), pupilId: pupil.id }),
    );
    expect(await db.guardian.findUniqueOrThrow({ where: { id } })).toMatchObject({
      pupilId: pupil.id,
      name: "Mette Jensen",
      relation: "mor",
      email: "mette@example.dk",
      phone: "+45 12 34 56 78",
      hasParentalAuthority: true,
      version: 1,
    });
    const [audit] = await auditRows(admin, "admin.guardian.create");
    expect(audit).toMatchObject({
      pupilId: pupil.id,
      entityType: "Guardian",
      entityId: id,
      details: { hasParentalAuthority: true },
    });
  });

  it("records a guardian without parental authority when the box is not ticked, blanks as null", () => {
    const { hasParentalAuthority: _ticked, ...rest } = guardianForm();
    const input = parse(createGuardianInput, {
      ...rest,
      email: "",
      phone: " ",
      relation: "",
      pupilId: crypto.randomUUID(),
    });
    expect(input).toMatchObject({
      hasParentalAuthority: false,
      email: null,
      phone: null,
      relation: null,
    });
  });

  it.each([
    ["name", { name: " " }, "validation.required"],
    ["email", { email: "not-an-email" }, "validation.email"],
    ["phone", { phone: "12" }, "validation.phone"],
    ["pupilId", { pupilId: "1" }, "validation.invalid"],
  ])("refuses bad input in %s and changes nothing", async (field, overrides, message) => {
    const before = await counts();
    const refused = refusedFields(createGuardianInput, {
      ...guardianForm(),
      pupilId: crypto.randomUUID(),
      ...overrides,
    });
    expect(refused[field]).toBe(message);
    expect(await counts()).toEqual(before);
  });

  it("refuses adding a guardian to another school's pupil as not found", async () => {
    const { admin, otherPupil } = await twoSchools();
    const before = await counts();
    await expect(
      createGuardian(
        admin,
        parse(createGuardianInput, { ...guardianForm(), pupilId: otherPupil.id }),
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
  });

  it("edits a guardian (versioned) and audits the changed fields with the pupil", async () => {
    const { admin } = await twoSchools();
    const pupil = await newPupil(admin);
    const { id } = await createGuardian(
      admin,
      parse(createGuardianInput, { ...guardianForm(), pupilId: pupil.id }),
    );
    const { hasParentalAuthority: _ticked, ...withoutAuthority } = guardianForm();
    const result = await updateGuardian(
      admin,
      parse(updateGuardianInput, { ...withoutAuthority, phone: "87654321", id, version: "1" }),
    );
    expect(result).toEqual({ pupilId: pupil.id });
    expect(await db.guardian.findUniqueOrThrow({ where: { id } })).toMatchObject({
      phone: "87654321",
      hasParentalAuthority: false,
      version: 2,
    });
    const [audit] = await auditRows(admin, "admin.guardian.update");
    expect(audit).toMatchObject({
      pupilId: pupil.id,
      entityId: id,
      details: { changed: ["phone", "hasParentalAuthority"], hasParentalAuthority: false },
    });
  });

  it("refuses a stale guardian edit and another school's guardian, changing nothing", async () => {
    const { admin, otherGuardian } = await twoSchools();
    const pupil = await newPupil(admin);
    const { id } = await createGuardian(
      admin,
      parse(createGuardianInput, { ...guardianForm(), pupilId: pupil.id }),
    );
    await updateGuardian(
      admin,
      parse(updateGuardianInput, { ...guardianForm({ name: "Først" }), id, version: "1" }),
    );
    const saved = await db.guardian.findUniqueOrThrow({ where: { id } });
    const before = await counts();

    await expect(
      updateGuardian(
        admin,
        parse(updateGuardianInput, { ...guardianForm({ name: "Sidst" }), id, version: "1" }),
      ),
    ).rejects.toBeInstanceOf(StaleVersionError);
    await expect(
      updateGuardian(
        admin,
        parse(updateGuardianInput, {
          ...guardianForm({ name: "Kapret" }),
          id: otherGuardian.id,
          version: "1",
        }),
      ),
    ).rejects.toBeInstanceOf(NotFoundError);

    expect(await db.guardian.findUniqueOrThrow({ where: { id } })).toEqual(saved);
    expect(await db.guardian.findUniqueOrThrow({ where: { id: otherGuardian.id } })).toEqual(
      otherGuardian,
    );
    expect(await counts()).toEqual(before);
  });

  it("removes a guardian only when confirmed, and audits it with the pupil", async () => {
    const { admin } = await twoSchools();
    const pupil = await newPupil(admin);
    const { id } = await createGuardian(
      admin,
      parse(createGuardianInput, { ...guardianForm(), pupilId: pupil.id }),
    );
    expect(refusedFields(removeGuardianInput, { id, version: "1" })).toEqual({
      confirm: "adminPupils.errors.confirmRemove",
    });

    const result = await removeGuardian(
      admin,
      parse(removeGuardianInput, { id, version: "1", confirm: "on" }),
    );
    expect(result).toEqual({ pupilId: pupil.id });
    expect(await db.guardian.findUnique({ where: { id } })).toBeNull();
    const [audit] = await auditRows(admin, "admin.guardian.remove");
    expect(audit).toMatchObject({ pupilId: pupil.id, entityId: id });
  });

  it("refuses removing a stale or foreign guardian, or one named on a consent", async () => {
    const { admin, school, otherGuardian } = await twoSchools();
    const pupil = await newPupil(admin);
    const { id } = await createGuardian(
      admin,
      parse(createGuardianInput, { ...guardianForm(), pupilId: pupil.id }),
    );
    const recorder = await createUser();
    await db.consent.create({
      data: {
        schoolId: school.id,
        pupilId: pupil.id,
        decision: "GIVEN",
        form: "WRITTEN",
        givenOn: new Date("2026-09-01T00:00:00Z"),
        recordedById: recorder.id,
        scopes: ["FORUM"],
        purpose: "Drøftelse i Trivselsforum",
        validFrom: new Date("2026-09-01T00:00:00Z"),
        validUntil: new Date("2027-06-30T00:00:00Z"),
        guardians: { create: [{ guardianId: id }] },
      },
    });
    const before = await counts();
    const remove = (guardianId: string, version: string) =>
      removeGuardian(admin, parse(removeGuardianInput, { id: guardianId, version, confirm: "on" }));

    await expect(remove(id, "1")).rejects.toMatchObject({
      field: "confirm",
      messageKey: "adminPupils.errors.guardianHasConsents",
    });
    await expect(remove(otherGuardian.id, "1")).rejects.toBeInstanceOf(NotFoundError);

    await db.consentGuardian.deleteMany({ where: { guardianId: id } });
    await expect(remove(id, "7")).rejects.toBeInstanceOf(StaleVersionError);

    expect(await db.guardian.findUnique({ where: { id } })).not.toBeNull();
    expect(await db.guardian.findUnique({ where: { id: otherGuardian.id } })).toEqual(
      otherGuardian,
    );
    expect(await counts()).toEqual(before);
  });
});

// ─── Permissions ──────────────────────────────────────────────────────────────────────────────

describe("who may administer pupils", () => {
  const notAdmins: Role[] = ["TEACHER", "TRIVSELSPERSON", "LEADERSHIP", "PPR"];

  it.each(notAdmins)("refuses every function to %s and changes nothing", async (role) => {
    const { school, schoolClass } = await twoSchools();
    const actor = await createActor(school, [role]);
    const pupil = await createPupilRow(school.id, { classId: schoolClass.id });
    await db.classTeacher.create({ data: { classId: schoolClass.id, userId: actor.userId } });
    const guardian = await db.guardian.create({ data: { pupilId: pupil.id, name: "Forælder" } });
    const before = await counts();
    const pupilRef = { id: pupil.id, version: 1 };
    const guardianRef = { id: guardian.id, version: 1 };

    const attempts: Array<() => Promise<unknown>> = [
      () => searchPupils(actor, pupilSearchInput.parse({})),
      () => getPupil(actor, pupil.id),
      () => listClassOptions(actor),
      () => createPupil(actor, parse(createPupilInput, pupilForm())),
      () => updatePupil(actor, { ...parse(createPupilInput, pupilForm()), ...pupilRef }),
      () => markPupilLeft(actor, { ...pupilRef, leftOn: new Date("2026-06-30T00:00:00Z") }),
      () => reactivatePupil(actor, pupilRef),
      () =>
        createGuardian(actor, parse(createGuardianInput, { ...guardianForm(), pupilId: pupil.id })),
      () =>
        updateGuardian(actor, {
          ...parse(createGuardianInput, { ...guardianForm(), pupilId: pupil.id }),
          ...guardianRef,
        }),
      () => removeGuardian(actor, { ...guardianRef, confirm: true }),
    ];
    for (const attempt of attempts) {
      await expect(attempt()).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await counts()).toEqual(before);
    expect(await db.pupil.findUniqueOrThrow({ where: { id: pupil.id } })).toEqual(pupil);
    expect(await db.guardian.findUniqueOrThrow({ where: { id: guardian.id } })).toEqual(guardian);
  });

  it("lets an admin who is also a teacher administer every pupil of the school", async () => {
    const { school } = await twoSchools();
    const actor = await createActor(school, ["ADMIN", "TEACHER"]);
    const pupil = await createPupilRow(school.id);
    expect((await getPupil(actor, pupil.id)).id).toBe(pupil.id);
  });
});
