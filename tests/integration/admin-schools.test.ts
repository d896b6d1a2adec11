import { describe, expect, it } from "vitest";
import {
  createSchool as createSchoolAsAdmin,
  createSchoolInput,
  getSchool,
  listSchools,
  updateSchool,
  updateSchoolInput,
} from "@/lib/admin/schools";
import { ForbiddenError } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { DomainValidationError, NotFoundError, StaleVersionError } from "@/lib/errors";
import { counts, createActor, createSchool } from "../support/factories";

type School = Awaited<ReturnType<typeof createSchool>>;

let codeCounter = 100_000;
/** Institution numbers are six digits and, in this shared database, unique per test. */
const freshCode = () => String(++codeCounter);

async function grant(userId: string, school: School, role: Role) {
  await db.userSchoolRole.create({ data: { userId, schoolId: school.id, role } });
}

/**
 * The actor is ADMIN at `school` (active) and `secondAdminSchool`, only a TEACHER at
 * `teacherSchool`, and has nothing to do with `foreignSchool`.
 */
async function setup() {
  const school = await createSchool({ name: "Aaskolen" });
  const { municipalityId } = school;
  const secondAdminSchool = await createSchool({ name: "Bøgeskolen", municipalityId });
  const teacherSchool = await createSchool({ name: "Cedergården", municipalityId });
  const foreignSchool = await createSchool({ municipalityId });
  const admin = await createActor(school, ["ADMIN"]);
  await grant(admin.userId, secondAdminSchool, "ADMIN");
  await grant(admin.userId, teacherSchool, "TEACHER");
  return { school, secondAdminSchool, teacherSchool, foreignSchool, admin };
}

function expectIssueOn(
  result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } },
  field: string,
) {
  expect(result.success).toBe(false);
  expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
}

describe("schools administration", () => {
  it("lists the schools where the actor is ADMIN, read from their roles at each school", async () => {
    const { school, secondAdminSchool, admin } = await setup();
    const municipality = await db.municipality.findUniqueOrThrow({
      where: { id: school.municipalityId },
    });

    const rows = await listSchools(admin);

    expect(rows).toEqual([
      {
        id: school.id,
        name: "Aaskolen",
        code: null,
        active: true,
        version: 1,
        municipalityName: municipality.name,
        isActiveSchool: true,
      },
      {
        id: secondAdminSchool.id,
        name: "Bøgeskolen",
        code: null,
        active: true,
        version: 1,
        municipalityName: municipality.name,
        isActiveSchool: false,
      },
    ]);
    expect((await getSchool(admin, secondAdminSchool.id)).name).toBe("Bøgeskolen");
  });

  it("creates a school in the actor's municipality with the actor as its ADMIN", async () => {
    const { admin } = await setup();
    const code = freshCode();
    const before = await counts();

    const created = await createSchoolAsAdmin(
      admin,
      createSchoolInput.parse({ name: "  Nyskolen ", code: ` ${code} ` }),
    );

    const school = await db.school.findUniqueOrThrow({
      where: { id: created.id },
      include: { roles: true, thresholds: true },
    });
    expect(school).toMatchObject({
      name: "Nyskolen",
      code,
      active: true,
      municipalityId: admin.municipalityId,
    });
    expect(school.roles.map(({ userId, role }) => ({ userId, role }))).toEqual([
      { userId: admin.userId, role: "ADMIN" },
    ]);
    expect(school.thresholds).not.toBeNull();
    expect(await counts()).toEqual({
      ...before,
      schools: before.schools + 1,
      roles: before.roles + 1,
      audit: before.audit + 1,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "admin.school.create", entityId: created.id },
    });
    expect(audit).toMatchObject({ actorId: admin.userId, entityType: "School" });
    expect((await listSchools(admin)).map((row) => row.id)).toContain(created.id);
  });

  it.each([
    ["name", { name: "  " }],
    ["code", { code: "12" }],
    ["code", { code: "12345a" }],
  ])("refuses a new school with a bad %s and changes nothing", async (field, change) => {
    const { admin } = await setup();
    const before = await counts();
    const parsed = createSchoolInput.safeParse({ name: "Nyskolen", code: "", ...change });
    expectIssueOn(parsed, field);
    if (parsed.success) await createSchoolAsAdmin(admin, parsed.data);
    expect(await counts()).toEqual(before);
  });

  it("refuses bad input to the edit form on the expected field", () => {
    const id = "0190a5b0-0000-7000-8000-000000000000";
    const valid = { id, version: "1", name: "Skolen", code: "", active: "on" };
    expect(updateSchoolInput.parse(valid)).toEqual({
      id,
      version: 1,
      name: "Skolen",
      code: null,
      active: true,
    });
    expectIssueOn(updateSchoolInput.safeParse({ ...valid, id: "1" }), "id");
    expectIssueOn(updateSchoolInput.safeParse({ ...valid, version: "x" }), "version");
    expectIssueOn(updateSchoolInput.safeParse({ ...valid, active: "maybe" }), "active");
  });

  it("refuses an institution number another school has", async () => {
    const { admin, secondAdminSchool, foreignSchool } = await setup();
    const code = freshCode();
    await db.school.update({ where: { id: foreignSchool.id }, data: { code } });
    const before = await counts();

    await expect(createSchoolAsAdmin(admin, { name: "Dublet", code })).rejects.toMatchObject({
      field: "code",
      messageKey: "adminSchools.codeTaken",
    });
    await expect(
      updateSchool(admin, { id: secondAdminSchool.id, version: 1, name: "B", code, active: true }),
    ).rejects.toBeInstanceOf(DomainValidationError);

    expect(await counts()).toEqual(before);
    expect(await db.school.findUniqueOrThrow({ where: { id: secondAdminSchool.id } })).toEqual(
      secondAdminSchool,
    );
  });

  it("updates name, code and status with optimistic locking", async () => {
    const { admin, secondAdminSchool } = await setup();
    const code = freshCode();

    await updateSchool(
      admin,
      updateSchoolInput.parse({
        id: secondAdminSchool.id,
        version: "1",
        name: "Bøgeskolen Syd",
        code,
      }),
    );

    const after = await db.school.findUniqueOrThrow({ where: { id: secondAdminSchool.id } });
    expect(after).toMatchObject({ name: "Bøgeskolen Syd", code, active: false, version: 2 });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "admin.school.update", entityId: secondAdminSchool.id },
    });
    expect(audit.details).toEqual({ active: false });

    await expect(
      updateSchool(admin, {
        id: secondAdminSchool.id,
        version: 1,
        name: "Gammelt navn",
        code: null,
        active: true,
      }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect(await db.school.findUniqueOrThrow({ where: { id: secondAdminSchool.id } })).toEqual(
      after,
    );
  });

  it("refuses to deactivate the school the actor is working at", async () => {
    const { admin, school } = await setup();
    const before = await counts();
    await expect(
      updateSchool(admin, {
        id: school.id,
        version: 1,
        name: "Aaskolen",
        code: null,
        active: false,
      }),
    ).rejects.toMatchObject({ field: "active", messageKey: "adminSchools.cannotDeactivateActive" });
    expect(await db.school.findUniqueOrThrow({ where: { id: school.id } })).toEqual(school);
    expect(await counts()).toEqual(before);
  });

  it("treats a school where the actor is not ADMIN as not found, even one they work at", async () => {
    const { admin, teacherSchool, foreignSchool } = await setup();
    const before = await counts();

    for (const target of [teacherSchool, foreignSchool]) {
      await expect(getSchool(admin, target.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        updateSchool(admin, {
          id: target.id,
          version: 1,
          name: "Overtaget",
          code: null,
          active: false,
        }),
      ).rejects.toBeInstanceOf(NotFoundError);
      expect(await db.school.findUniqueOrThrow({ where: { id: target.id } })).toEqual(target);
    }
    await expect(getSchool(admin, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    expect((await listSchools(admin)).map((row) => row.id)).not.toContain(teacherSchool.id);
    expect(await counts()).toEqual(before);
  });

  it.each<Role>(["TEACHER", "TRIVSELSPERSON", "LEADERSHIP"])(
    "refuses every function to a %s",
    async (role) => {
      const { school, secondAdminSchool } = await setup();
      // ADMIN somewhere else does not make one an ADMIN here.
      const actor = await createActor(school, [role]);
      await grant(actor.userId, secondAdminSchool, "ADMIN");
      const before = await counts();

      const attempts: [string, () => Promise<unknown>][] = [
        ["list", () => listSchools(actor)],
        ["get", () => getSchool(actor, secondAdminSchool.id)],
        ["create", () => createSchoolAsAdmin(actor, { name: "Ny", code: null })],
        [
          "update",
          () =>
            updateSchool(actor, {
              id: secondAdminSchool.id,
              version: 1,
              name: "X",
              code: null,
              active: false,
            }),
        ],
      ];
      for (const [name, attempt] of attempts) {
        await expect(attempt(), name).rejects.toBeInstanceOf(ForbiddenError);
      }
      expect(await counts()).toEqual(before);
      expect(await db.school.findUniqueOrThrow({ where: { id: secondAdminSchool.id } })).toEqual(
        secondAdminSchool,
      );
    },
  );
});
