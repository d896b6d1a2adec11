import { describe, expect, it } from "vitest";
import {
  createClass as createClassForAdmin,
  createClassInput,
  getClass,
  listClasses,
  updateClass,
  updateClassInput,
} from "@/lib/admin/classes";
import { ForbiddenError } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { DomainValidationError, NotFoundError, StaleVersionError } from "@/lib/errors";
import { counts, createActor, createClass, createSchool } from "../support/factories";

describe("administration of classes", () => {
  it("creates a class from good form input, audited", async () => {
    const school = await createSchool();
    const admin = await createActor(school, ["ADMIN"]);
    const input = createClassInput.parse({ grade: "3", letter: " b ", schoolYear: "2026/27" });
    const { id } = await createClassForAdmin(admin, input);

    expect(await db.class.findUniqueOrThrow({ where: { id } })).toMatchObject({
      schoolId: school.id,
      grade: 3,
      letter: "B",
    });
    expect(
      await db.auditLog.findFirst({ where: { action: "admin.class.create", entityId: id } }),
    ).toMatchObject({ actorId: admin.userId, schoolId: school.id });
  });

  it.each([
    [{ grade: "11", letter: "A", schoolYear: "2026/27" }, "grade"],
    [{ grade: "x", letter: "A", schoolYear: "2026/27" }, "grade"],
    [{ grade: "3", letter: "", schoolYear: "2026/27" }, "letter"],
    [{ grade: "3", letter: "A", schoolYear: "2026-27" }, "schoolYear"],
    [{ grade: "3", letter: "A", schoolYear: "2026/28" }, "schoolYear"],
  ])("refuses bad input %o on %s and writes nothing", async (form, field) => {
    const before = await counts();
    const parsed = createClassInput.safeParse(form);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path[0])).toContain(field);
    expect(await counts()).toEqual(before);
  });

  it("refuses a duplicate class with a message on the field", async () => {
    const school = await createSchool();
    const admin = await createActor(school, ["ADMIN"]);
    await createClassForAdmin(admin, { grade: 2, letter: "A", schoolYear: "2026/27" });
    const before = await counts();
    await expect(
      createClassForAdmin(admin, { grade: 2, letter: "A", schoolYear: "2026/27" }),
    ).rejects.toBeInstanceOf(DomainValidationError);
    expect(await counts()).toEqual(before);
  });

  it("refuses a stale edit and keeps the other edit", async () => {
    const school = await createSchool();
    const admin = await createActor(school, ["ADMIN"]);
    const row = await createClass(school.id, { grade: 4, letter: "A" });
    const edit = (letter: string) =>
      updateClassInput.parse({
        id: row.id,
        version: String(row.version),
        grade: "4",
        letter,
        schoolYear: "2026/27",
        active: "on",
      });

    await updateClass(admin, edit("C"));
    await expect(updateClass(admin, edit("D"))).rejects.toBeInstanceOf(StaleVersionError);
    expect(await db.class.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      letter: "C",
      version: 2,
    });
  });

  it("keeps every school to itself: another school's class is not found and unchanged", async () => {
    const school = await createSchool();
    const other = await createSchool();
    const admin = await createActor(school, ["ADMIN"]);
    const theirs = await createClass(other.id, { grade: 1, letter: "A" });

    expect((await listClasses(admin)).map((row) => row.id)).not.toContain(theirs.id);
    await expect(getClass(admin, theirs.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      updateClass(admin, {
        id: theirs.id,
        version: 1,
        grade: 9,
        letter: "Z",
        schoolYear: "2026/27",
        active: false,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.class.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({
      grade: 1,
      letter: "A",
      active: true,
    });
  });

  it.each(["TEACHER", "TRIVSELSPERSON", "LEADERSHIP", "PPR"] as const)(
    "refuses %s",
    async (role) => {
      const school = await createSchool();
      const someone = await createActor(school, [role]);
      const row = await createClass(school.id);
      const before = await counts();
      await expect(listClasses(someone)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getClass(someone, row.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        createClassForAdmin(someone, { grade: 1, letter: "Q", schoolYear: "2026/27" }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        updateClass(someone, {
          id: row.id,
          version: 1,
          grade: 1,
          letter: "Q",
          schoolYear: "2026/27",
          active: true,
        }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      expect(await counts()).toEqual(before);
    },
  );
});
