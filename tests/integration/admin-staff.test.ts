import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  createStaff,
  createStaffInput,
  deactivateStaff,
  deactivateStaffInput,
  getStaff,
  listActiveClasses,
  listStaff,
  reactivateStaff,
  removeStaffFromSchool,
  removeStaffInput,
  setStaffClasses,
  setStaffClassesInput,
  setStaffPassword,
  setStaffPasswordInput,
  setStaffRoles,
  setStaffRolesInput,
  updateStaff,
  updateStaffInput,
} from "@/lib/admin/staff";
import { verifyPassword } from "@/lib/auth/password";
import { ForbiddenError, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { DomainValidationError, NotFoundError, StaleVersionError } from "@/lib/errors";
import { counts, createActor, createClass, createSchool, createUser } from "../support/factories";

const PASSWORD = "en lang og god adgangskode";

type School = Awaited<ReturnType<typeof createSchool>>;

/** A school with an ADMIN actor, and a second school of the same municipality. */
async function setup() {
  const school = await createSchool();
  const otherSchool = await createSchool({ municipalityId: school.municipalityId });
  const admin = await createActor(school, ["ADMIN"]);
  return { school, otherSchool, admin };
}

/** A user with `roles` at each of the given schools. */
async function staffMember(
  placements: { school: School; roles: Role[] }[],
  overrides: { passwordHash?: string; active?: boolean; name?: string } = {},
) {
  const user = await createUser(overrides);
  for (const { school, roles } of placements) {
    await db.userSchoolRole.createMany({
      data: roles.map((role) => ({ userId: user.id, schoolId: school.id, role })),
    });
  }
  return user;
}

async function rolesOf(userId: string, school: School): Promise<Role[]> {
  const rows = await db.userSchoolRole.findMany({
    where: { userId, schoolId: school.id },
    orderBy: { role: "asc" },
  });
  return rows.map(({ role }) => role);
}

async function classIdsOf(userId: string): Promise<string[]> {
  const rows = await db.classTeacher.findMany({ where: { userId }, orderBy: { classId: "asc" } });
  return rows.map(({ classId }) => classId);
}

/** The only place a test reads a hash: to prove how it was made. */
async function passwordHashOf(userId: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return user?.passwordHash ?? null;
}

async function auditRows(action: string, entityId: string) {
  return db.auditLog.findMany({ where: { action, entityId }, orderBy: { id: "asc" } });
}

/** A DTO carries no hash, under any name. */
function expectNoPasswordHash(value: unknown) {
  const json = JSON.stringify(value);
  expect(json).not.toMatch(/passwordHash|\$argon2/);
  expect(json).not.toContain(PASSWORD);
}

function expectIssueOn(
  result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } },
  field: string,
) {
  expect(result.success).toBe(false);
  expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
}

/** The database is shared by the tests of this file: every new email is one of its own. */
function freshEmail(): string {
  return `ny-${randomUUID()}@skole.dk`;
}

function validCreateForm() {
  return {
    name: "Mette Lærer",
    email: freshEmail(),
    roles: ["TEACHER"],
    password: "",
    passwordRepeat: "",
  };
}

describe("listing and reading staff", () => {
  it("lists the users with a role at the active school, with their roles and classes here only", async () => {
    const { school, otherSchool, admin } = await setup();
    const hereClass = await createClass(school.id, { grade: 3, letter: "A" });
    const thereClass = await createClass(otherSchool.id, { grade: 4, letter: "B" });
    const teacher = await staffMember(
      [
        { school, roles: ["TEACHER", "SSP"] },
        { school: otherSchool, roles: ["PPR"] },
      ],
      { name: "Anna Andersen", passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA" },
    );
    await db.classTeacher.createMany({
      data: [
        { userId: teacher.id, classId: hereClass.id },
        { userId: teacher.id, classId: thereClass.id },
      ],
    });
    const elsewhere = await staffMember([{ school: otherSchool, roles: ["TEACHER"] }]);

    const rows = await listStaff(admin);

    expect(rows.map((row) => row.id).sort()).toEqual([admin.userId, teacher.id].sort());
    expect(rows.find((row) => row.id === elsewhere.id)).toBeUndefined();
    expect(rows.find((row) => row.id === teacher.id)).toEqual({
      id: teacher.id,
      name: "Anna Andersen",
      email: teacher.email,
      active: true,
      roles: ["SSP", "TEACHER"],
      classes: [{ id: hereClass.id, name: "3.A", active: true }],
    });
    expectNoPasswordHash(rows);
  });

  it("tells whether the actor manages the account, without returning the hash", async () => {
    const { school, otherSchool, admin } = await setup();
    const shared = await staffMember(
      [
        { school, roles: ["PPR"] },
        { school: otherSchool, roles: ["PPR"] },
      ],
      { passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA" },
    );

    const detail = await getStaff(admin, shared.id);

    expect(detail).toMatchObject({
      id: shared.id,
      roles: ["PPR"],
      hasPassword: true,
      otherSchoolCount: 1,
      canManageAccount: false,
      isSelf: false,
    });
    expect(Object.keys(detail)).not.toContain("passwordHash");
    expectNoPasswordHash(detail);

    await db.userSchoolRole.create({
      data: { userId: admin.userId, schoolId: otherSchool.id, role: "ADMIN" },
    });
    expect((await getStaff(admin, shared.id)).canManageAccount).toBe(true);
    expect((await getStaff(admin, admin.userId)).isSelf).toBe(true);
  });

  it("offers only the active school's active classes", async () => {
    const { school, otherSchool, admin } = await setup();
    const active = await createClass(school.id, { grade: 1, letter: "A" });
    const inactive = await createClass(school.id, { grade: 2, letter: "A" });
    await db.class.update({ where: { id: inactive.id }, data: { active: false } });
    await createClass(otherSchool.id, { grade: 1, letter: "B" });

    expect(await listActiveClasses(admin)).toEqual([{ id: active.id, name: "1.A", active: true }]);
  });
});

describe("creating staff", () => {
  it("creates a user with roles here and an argon2id hash that never leaves the domain", async () => {
    const { school, admin } = await setup();
    const input = createStaffInput.parse({
      name: "  Mette Lærer ",
      email: " Mette@Skole.DK ",
      roles: ["TEACHER", "SSP", "TEACHER"],
      password: PASSWORD,
      passwordRepeat: PASSWORD,
    });

    const result = await createStaff(admin, input);

    expect(result).toEqual({ id: expect.any(String), outcome: "created", active: true });
    const user = await db.user.findUniqueOrThrow({ where: { id: result.id } });
    expect(user).toMatchObject({ name: "Mette Lærer", email: "mette@skole.dk", active: true });
    expect(await rolesOf(result.id, school)).toEqual(["SSP", "TEACHER"]);
    const hash = await passwordHashOf(result.id);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash!, PASSWORD)).toBe(true);

    const [audit] = await auditRows("admin.staff.create", result.id);
    expect(audit).toMatchObject({ actorId: admin.userId, schoolId: school.id, entityType: "User" });
    expect(audit!.details).toEqual({ roles: ["SSP", "TEACHER"], withPassword: true });
    expectNoPasswordHash(audit!.details);
    expectNoPasswordHash(result);
    expectNoPasswordHash(await getStaff(admin, result.id));
    expectNoPasswordHash(await listStaff(admin));
  });

  it("creates a user without a password, who signs in through the identity provider", async () => {
    const { admin } = await setup();
    const result = await createStaff(admin, createStaffInput.parse(validCreateForm()));
    expect(await passwordHashOf(result.id)).toBeNull();
    expect((await getStaff(admin, result.id)).hasPassword).toBe(false);
  });

  it("adds roles here to an existing user with that email, changing nothing else", async () => {
    const { school, otherSchool, admin } = await setup();
    const ppr = await staffMember([{ school: otherSchool, roles: ["PPR"] }], {
      name: "Pia Psykolog",
      passwordHash: "existing-hash",
    });
    const before = await counts();

    const result = await createStaff(
      admin,
      createStaffInput.parse({
        name: "Et andet navn",
        email: ppr.email.toUpperCase(),
        roles: ["PPR", "LEADERSHIP"],
        password: PASSWORD,
        passwordRepeat: PASSWORD,
      }),
    );

    expect(result).toEqual({ id: ppr.id, outcome: "existing", active: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: ppr.id } })).toMatchObject({
      name: "Pia Psykolog",
      email: ppr.email,
      version: 1,
    });
    expect(await passwordHashOf(ppr.id)).toBe("existing-hash");
    expect(await rolesOf(ppr.id, otherSchool)).toEqual(["PPR"]);
    expect(await rolesOf(ppr.id, school)).toEqual(["LEADERSHIP", "PPR"]);
    expect(await counts()).toEqual({ ...before, roles: before.roles + 2, audit: before.audit + 1 });
    const [audit] = await auditRows("admin.staff.roles", ppr.id);
    expect(audit!.details).toEqual({
      added: ["LEADERSHIP", "PPR"],
      removed: [],
      existingUser: true,
    });
  });

  it("says when the existing user's account is deactivated", async () => {
    const { otherSchool, admin } = await setup();
    const gone = await staffMember([{ school: otherSchool, roles: ["TEACHER"] }], {
      active: false,
    });
    const result = await createStaff(
      admin,
      createStaffInput.parse({ ...validCreateForm(), email: gone.email }),
    );
    expect(result).toEqual({ id: gone.id, outcome: "existing", active: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: gone.id } })).active).toBe(false);
  });

  it.each([
    ["name", { name: "   " }],
    ["email", { email: "ikke-en-mail" }],
    ["roles", { roles: undefined }],
    ["roles", { roles: ["KING"] }],
    ["password", { password: "for kort", passwordRepeat: "for kort" }],
    ["passwordRepeat", { password: PASSWORD, passwordRepeat: "noget andet" }],
  ])("refuses a form with a bad %s and changes nothing", async (field, change) => {
    const { admin } = await setup();
    const before = await counts();
    const parsed = createStaffInput.safeParse({ ...validCreateForm(), ...change });
    expectIssueOn(parsed, field);
    if (parsed.success) await createStaff(admin, parsed.data);
    expect(await counts()).toEqual(before);
  });

  it("refuses bad input to the other forms on the expected field", () => {
    const id = "0190a5b0-0000-7000-8000-000000000000";
    expectIssueOn(updateStaffInput.safeParse({ id, version: "1", name: "A", email: "x" }), "email");
    expectIssueOn(
      updateStaffInput.safeParse({ id: "42", version: "1", name: "A", email: "a@b.dk" }),
      "id",
    );
    expectIssueOn(
      updateStaffInput.safeParse({ id, version: "", name: "A", email: "a@b.dk" }),
      "version",
    );
    expectIssueOn(setStaffRolesInput.safeParse({ id, version: "1" }), "roles");
    expectIssueOn(
      setStaffClassesInput.safeParse({ id, version: "1", classIds: "nope" }),
      "classIds",
    );
    expectIssueOn(
      setStaffPasswordInput.safeParse({ id, password: "kort", passwordRepeat: "kort" }),
      "password",
    );
    expectIssueOn(
      setStaffPasswordInput.safeParse({ id, password: PASSWORD, passwordRepeat: PASSWORD + "!" }),
      "passwordRepeat",
    );
    expectIssueOn(removeStaffInput.safeParse({ id }), "confirm");
    expectIssueOn(deactivateStaffInput.safeParse({ id }), "confirm");
    // An unticked box is absent from the form: it must read as "not confirmed", not as missing.
    expect(removeStaffInput.safeParse({ id }).error?.issues[0]?.message).toBe(
      "adminStaff.confirmRequired",
    );
    expect(removeStaffInput.parse({ id, confirm: "on" })).toEqual({ id, confirm: true });
    expect(setStaffRolesInput.parse({ id, version: "2", roles: "TEACHER" })).toEqual({
      id,
      version: 2,
      roles: ["TEACHER"],
    });
  });
});

describe("editing staff", () => {
  it("updates name and email with optimistic locking", async () => {
    const { school, admin } = await setup();
    const teacher = await staffMember([{ school, roles: ["TEACHER"] }]);

    await updateStaff(
      admin,
      updateStaffInput.parse({
        id: teacher.id,
        version: "1",
        name: "Nyt Navn",
        email: "Nyt.Navn@Skole.dk",
      }),
    );
    const after = await db.user.findUniqueOrThrow({ where: { id: teacher.id } });
    expect(after).toMatchObject({ name: "Nyt Navn", email: "nyt.navn@skole.dk", version: 2 });
    const [audit] = await auditRows("admin.staff.update", teacher.id);
    expect(audit!.details).toEqual({ nameChanged: true, emailChanged: true });

    await expect(
      updateStaff(admin, { id: teacher.id, version: 1, name: "Gammel", email: "gammel@skole.dk" }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect(await db.user.findUniqueOrThrow({ where: { id: teacher.id } })).toEqual(after);
  });

  it("refuses an email another user has", async () => {
    const { school, admin } = await setup();
    const teacher = await staffMember([{ school, roles: ["TEACHER"] }]);
    const other = await createUser();
    await expect(
      updateStaff(admin, { id: teacher.id, version: 1, name: "X", email: other.email }),
    ).rejects.toMatchObject({ field: "email", messageKey: "adminStaff.emailTaken" });
    expect((await db.user.findUniqueOrThrow({ where: { id: teacher.id } })).version).toBe(1);
  });

  it("sets the roles here and never touches the roles at another school", async () => {
    const { school, otherSchool, admin } = await setup();
    const hereClass = await createClass(school.id);
    const thereClass = await createClass(otherSchool.id);
    const user = await staffMember([
      { school, roles: ["TEACHER", "SSP"] },
      { school: otherSchool, roles: ["TEACHER", "PPR"] },
    ]);
    await db.classTeacher.createMany({
      data: [
        { userId: user.id, classId: hereClass.id },
        { userId: user.id, classId: thereClass.id },
      ],
    });

    await setStaffRoles(
      admin,
      setStaffRolesInput.parse({ id: user.id, version: "1", roles: ["SSP", "TRIVSELSPERSON"] }),
    );

    expect(await rolesOf(user.id, school)).toEqual(["TRIVSELSPERSON", "SSP"]);
    expect(await rolesOf(user.id, otherSchool)).toEqual(["PPR", "TEACHER"]);
    // No longer a teacher here: the class links here go, those elsewhere stay.
    expect(await classIdsOf(user.id)).toEqual([thereClass.id]);
    const [audit] = await auditRows("admin.staff.roles", user.id);
    expect(audit!.details).toEqual({
      added: ["TRIVSELSPERSON"],
      removed: ["TEACHER"],
      classLinksRemoved: 1,
    });

    await expect(
      setStaffRoles(admin, { id: user.id, version: 1, roles: ["ADMIN"] }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect(await rolesOf(user.id, school)).toEqual(["TRIVSELSPERSON", "SSP"]);
  });

  it("sets the classes a teacher teaches, only among the active school's classes", async () => {
    const { school, otherSchool, admin } = await setup();
    const first = await createClass(school.id);
    const second = await createClass(school.id);
    const foreign = await createClass(otherSchool.id);
    const teacher = await staffMember([{ school, roles: ["TEACHER"] }]);

    await setStaffClasses(
      admin,
      setStaffClassesInput.parse({ id: teacher.id, version: "1", classIds: [first.id, second.id] }),
    );
    expect(await classIdsOf(teacher.id)).toEqual([first.id, second.id].sort());
    await setStaffClasses(
      admin,
      setStaffClassesInput.parse({ id: teacher.id, version: "2", classIds: second.id }),
    );
    expect(await classIdsOf(teacher.id)).toEqual([second.id]);
    expect(await auditRows("admin.staff.classes", teacher.id)).toHaveLength(2);

    const before = await counts();
    await expect(
      setStaffClasses(admin, { id: teacher.id, version: 3, classIds: [first.id, foreign.id] }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await classIdsOf(teacher.id)).toEqual([second.id]);
    expect((await db.user.findUniqueOrThrow({ where: { id: teacher.id } })).version).toBe(3);
    expect(await counts()).toEqual(before);
  });

  it("gives classes only to a teacher", async () => {
    const { school, admin } = await setup();
    const schoolClass = await createClass(school.id);
    const nurse = await staffMember([{ school, roles: ["HEALTH_NURSE"] }]);
    await expect(
      setStaffClasses(admin, { id: nurse.id, version: 1, classIds: [schoolClass.id] }),
    ).rejects.toMatchObject({ field: "classIds", messageKey: "adminStaff.classesNeedTeacher" });
    expect(await classIdsOf(nurse.id)).toEqual([]);
  });

  it("sets a new password as an argon2id hash and never returns it", async () => {
    const { school, admin } = await setup();
    const teacher = await staffMember([{ school, roles: ["TEACHER"] }]);

    const result = await setStaffPassword(
      admin,
      setStaffPasswordInput.parse({ id: teacher.id, password: PASSWORD, passwordRepeat: PASSWORD }),
    );

    expect(result).toBeUndefined();
    const hash = await passwordHashOf(teacher.id);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash!, PASSWORD)).toBe(true);
    const [audit] = await auditRows("admin.staff.password", teacher.id);
    expect(audit).toMatchObject({ actorId: admin.userId, entityType: "User" });
    expectNoPasswordHash(audit!.details);
    expectNoPasswordHash(await getStaff(admin, teacher.id));
  });

  it("removes a user from this school only", async () => {
    const { school, otherSchool, admin } = await setup();
    const hereClass = await createClass(school.id);
    const thereClass = await createClass(otherSchool.id);
    const user = await staffMember([
      { school, roles: ["TEACHER", "SSP"] },
      { school: otherSchool, roles: ["TEACHER"] },
    ]);
    await db.classTeacher.createMany({
      data: [
        { userId: user.id, classId: hereClass.id },
        { userId: user.id, classId: thereClass.id },
      ],
    });

    await removeStaffFromSchool(admin, removeStaffInput.parse({ id: user.id, confirm: "on" }));

    expect(await rolesOf(user.id, school)).toEqual([]);
    expect(await rolesOf(user.id, otherSchool)).toEqual(["TEACHER"]);
    expect(await classIdsOf(user.id)).toEqual([thereClass.id]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).active).toBe(true);
    expect((await listStaff(admin)).map((row) => row.id)).not.toContain(user.id);
    const [audit] = await auditRows("admin.staff.remove", user.id);
    expect(audit!.details).toEqual({ roles: ["SSP", "TEACHER"], classLinks: 1 });
  });
});

describe("deactivating accounts", () => {
  it("deactivates and reactivates when the actor is ADMIN at every school of the user", async () => {
    const { school, otherSchool, admin } = await setup();
    await db.userSchoolRole.create({
      data: { userId: admin.userId, schoolId: otherSchool.id, role: "ADMIN" },
    });
    const user = await staffMember([
      { school, roles: ["TEACHER"] },
      { school: otherSchool, roles: ["TEACHER"] },
    ]);

    await deactivateStaff(admin, deactivateStaffInput.parse({ id: user.id, confirm: "on" }));
    const deactivated = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(deactivated.active).toBe(false);
    expect(deactivated.deactivatedAt).toBeInstanceOf(Date);
    expect(await rolesOf(user.id, school)).toEqual(["TEACHER"]);

    await reactivateStaff(admin, { id: user.id, confirm: true });
    const reactivated = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(reactivated).toMatchObject({ active: true, deactivatedAt: null });
    expect(await auditRows("admin.staff.deactivate", user.id)).toHaveLength(1);
    expect(await auditRows("admin.staff.reactivate", user.id)).toHaveLength(1);
  });

  it("refuses account-wide changes to a user who also works where the actor is not ADMIN", async () => {
    const { school, otherSchool, admin } = await setup();
    // Being something else than ADMIN at the other school does not count.
    await db.userSchoolRole.create({
      data: { userId: admin.userId, schoolId: otherSchool.id, role: "TEACHER" },
    });
    const ppr = await staffMember([
      { school, roles: ["PPR"] },
      { school: otherSchool, roles: ["PPR"] },
    ]);
    const before = await db.user.findUniqueOrThrow({ where: { id: ppr.id } });
    const auditBefore = await db.auditLog.count();

    const managedElsewhere = { messageKey: "adminStaff.managedElsewhere" };
    await expect(deactivateStaff(admin, { id: ppr.id, confirm: true })).rejects.toMatchObject({
      ...managedElsewhere,
      field: "confirm",
    });
    await expect(reactivateStaff(admin, { id: ppr.id, confirm: true })).rejects.toBeInstanceOf(
      DomainValidationError,
    );
    await expect(setStaffPassword(admin, { id: ppr.id, password: PASSWORD })).rejects.toMatchObject(
      { ...managedElsewhere, field: "password" },
    );
    await expect(
      updateStaff(admin, { id: ppr.id, version: 1, name: before.name, email: freshEmail() }),
    ).rejects.toMatchObject({ ...managedElsewhere, field: "email" });

    expect(await db.user.findUniqueOrThrow({ where: { id: ppr.id } })).toEqual(before);
    expect(await passwordHashOf(ppr.id)).toBeNull();
    expect(await db.auditLog.count()).toBe(auditBefore);

    // What belongs to this school alone stays the actor's to change.
    await updateStaff(admin, { id: ppr.id, version: 1, name: "Rettet Navn", email: before.email });
    await setStaffRoles(admin, { id: ppr.id, version: 2, roles: ["PPR", "LEADERSHIP"] });
    expect(await rolesOf(ppr.id, otherSchool)).toEqual(["PPR"]);
  });

  it("keeps an admin from locking themselves out", async () => {
    const { school, admin } = await setup();
    const before = await counts();

    await expect(
      setStaffRoles(admin, { id: admin.userId, version: 1, roles: ["TEACHER"] }),
    ).rejects.toMatchObject({ field: "roles", messageKey: "adminStaff.cannotRemoveOwnAdmin" });
    await expect(
      removeStaffFromSchool(admin, { id: admin.userId, confirm: true }),
    ).rejects.toMatchObject({ field: "confirm", messageKey: "adminStaff.cannotRemoveSelf" });
    await expect(deactivateStaff(admin, { id: admin.userId, confirm: true })).rejects.toMatchObject(
      { field: "confirm", messageKey: "adminStaff.cannotDeactivateSelf" },
    );

    expect(await counts()).toEqual(before);
    expect(await rolesOf(admin.userId, school)).toEqual(["ADMIN"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.userId } })).active).toBe(true);

    // Adding a role to oneself, keeping ADMIN, is fine.
    await setStaffRoles(admin, { id: admin.userId, version: 1, roles: ["ADMIN", "TEACHER"] });
    expect(await rolesOf(admin.userId, school)).toEqual(["TEACHER", "ADMIN"]);
  });
});

describe("scope and permissions", () => {
  it("treats users and classes of other schools as not found and changes nothing", async () => {
    const { otherSchool, admin } = await setup();
    const outsider = await staffMember([{ school: otherSchool, roles: ["TEACHER"] }]);
    const before = await counts();
    const userBefore = await db.user.findUniqueOrThrow({ where: { id: outsider.id } });
    const id = outsider.id;

    const attempts: [string, () => Promise<unknown>][] = [
      ["get", () => getStaff(admin, id)],
      ["get a non-id", () => getStaff(admin, "not-a-uuid")],
      ["update", () => updateStaff(admin, { id, version: 1, name: "X", email: "x@y.dk" })],
      ["roles", () => setStaffRoles(admin, { id, version: 1, roles: ["ADMIN"] })],
      ["classes", () => setStaffClasses(admin, { id, version: 1, classIds: [] })],
      ["password", () => setStaffPassword(admin, { id, password: PASSWORD })],
      ["remove", () => removeStaffFromSchool(admin, { id, confirm: true })],
      ["deactivate", () => deactivateStaff(admin, { id, confirm: true })],
      ["reactivate", () => reactivateStaff(admin, { id, confirm: true })],
    ];
    for (const [name, attempt] of attempts) {
      await expect(attempt(), name).rejects.toBeInstanceOf(NotFoundError);
    }

    expect(await counts()).toEqual(before);
    expect(await db.user.findUniqueOrThrow({ where: { id } })).toEqual(userBefore);
    expect(await rolesOf(id, otherSchool)).toEqual(["TEACHER"]);
    expect(await passwordHashOf(id)).toBeNull();
  });

  it.each<Role>(["TEACHER", "TRIVSELSPERSON", "LEADERSHIP"])(
    "refuses every function to a %s",
    async (role) => {
      const { school } = await setup();
      const actor: Actor = await createActor(school, [role]);
      const colleague = await staffMember([{ school, roles: ["TEACHER"] }]);
      const schoolClass = await createClass(school.id);
      const id = colleague.id;
      const before = await counts();

      const attempts: [string, () => Promise<unknown>][] = [
        ["list", () => listStaff(actor)],
        ["get", () => getStaff(actor, id)],
        ["classes to choose", () => listActiveClasses(actor)],
        [
          "create",
          () =>
            createStaff(actor, createStaffInput.parse({ ...validCreateForm(), roles: ["ADMIN"] })),
        ],
        ["update", () => updateStaff(actor, { id, version: 1, name: "X", email: "x@y.dk" })],
        ["roles", () => setStaffRoles(actor, { id, version: 1, roles: ["ADMIN"] })],
        ["classes", () => setStaffClasses(actor, { id, version: 1, classIds: [schoolClass.id] })],
        ["password", () => setStaffPassword(actor, { id, password: PASSWORD })],
        ["remove", () => removeStaffFromSchool(actor, { id, confirm: true })],
        ["deactivate", () => deactivateStaff(actor, { id, confirm: true })],
        ["reactivate", () => reactivateStaff(actor, { id, confirm: true })],
      ];
      for (const [name, attempt] of attempts) {
        await expect(attempt(), name).rejects.toBeInstanceOf(ForbiddenError);
      }
      expect(await counts()).toEqual(before);
      expect(await passwordHashOf(id)).toBeNull();
      expect(await classIdsOf(id)).toEqual([]);
    },
  );
});
