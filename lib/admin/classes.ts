/**
 * Administration of the active school's classes. ADMIN only; no case content.
 */
import "server-only";
import { z } from "zod";
import { auditedWrite } from "@/lib/audit";
import { assertCan, classScope, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertVersionedUpdate, nextVersion } from "@/lib/db/versioned";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db/errors";
import { checkbox, id, integer, version } from "@/lib/validation";

export { currentSchoolYear } from "./school-year";

const SCHOOL_YEAR = /^(\d{4})\/(\d{2})$/;

export const classInput = z.object({
  grade: integer(0, 10),
  letter: z
    .string({ error: "validation.required" })
    .trim()
    .toUpperCase()
    .min(1, { error: "validation.required" })
    .max(3),
  schoolYear: z
    .string({ error: "validation.required" })
    .trim()
    .refine(
      (value) => {
        const match = SCHOOL_YEAR.exec(value);
        return !!match && (Number(match[1]) + 1) % 100 === Number(match[2]);
      },
      { error: "validation.schoolYear" },
    ),
});

export const createClassInput = classInput;
export const updateClassInput = classInput.extend({
  id: id(),
  version: version(),
  active: checkbox(),
});

export type ClassRow = {
  id: string;
  grade: number;
  letter: string;
  schoolYear: string;
  active: boolean;
  version: number;
  pupilCount: number;
  teachers: string[];
};

export function className(value: { grade: number; letter: string }): string {
  return `${value.grade}.${value.letter}`;
}

const classRowSelect = {
  id: true,
  grade: true,
  letter: true,
  schoolYear: true,
  active: true,
  version: true,
  _count: { select: { pupils: { where: { active: true } } } },
  teachers: { select: { user: { select: { name: true } } }, orderBy: { user: { name: "asc" } } },
} as const;

function toClassRow({
  _count,
  teachers,
  ...row
}: Prisma.ClassGetPayload<{ select: typeof classRowSelect }>): ClassRow {
  return {
    ...row,
    pupilCount: _count.pupils,
    teachers: teachers.map((teacher) => teacher.user.name),
  };
}

export async function listClasses(actor: Actor): Promise<ClassRow[]> {
  assertCan(actor, "admin:classes");
  const classes = await db.class.findMany({
    where: classScope(actor),
    orderBy: [{ active: "desc" }, { schoolYear: "desc" }, { grade: "asc" }, { letter: "asc" }],
    select: classRowSelect,
  });
  return classes.map(toClassRow);
}

export async function getClass(actor: Actor, classId: string): Promise<ClassRow> {
  assertCan(actor, "admin:classes");
  const row = z.uuid().safeParse(classId).success
    ? await db.class.findFirst({
        where: { id: classId, ...classScope(actor) },
        select: classRowSelect,
      })
    : null;
  if (!row) throw new NotFoundError("class");
  return toClassRow(row);
}

export async function createClass(
  actor: Actor,
  input: z.output<typeof createClassInput>,
): Promise<{ id: string }> {
  assertCan(actor, "admin:classes");
  try {
    return await auditedWrite(
      actor,
      (created) => ({ action: "admin.class.create", entityType: "Class", entityId: created.id }),
      (tx) =>
        tx.class.create({ data: { ...input, schoolId: actor.schoolId }, select: { id: true } }),
    );
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainValidationError("letter", "adminClasses.duplicate");
    throw error;
  }
}

export async function updateClass(
  actor: Actor,
  input: z.output<typeof updateClassInput>,
): Promise<void> {
  assertCan(actor, "admin:classes");
  const { id: classId, version: readVersion, ...data } = input;
  try {
    await auditedWrite(
      actor,
      {
        action: "admin.class.update",
        entityType: "Class",
        entityId: classId,
        details: { active: data.active },
      },
      async (tx) => {
        const updated = await tx.class.updateMany({
          where: { id: classId, version: readVersion, ...classScope(actor) },
          data: { ...data, ...nextVersion },
        });
        await assertVersionedUpdate(updated, "class", () =>
          tx.class.findFirst({
            where: { id: classId, ...classScope(actor) },
            select: { id: true },
          }),
        );
      },
    );
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainValidationError("letter", "adminClasses.duplicate");
    throw error;
  }
}
