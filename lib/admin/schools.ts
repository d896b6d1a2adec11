/**
 * Administration of schools: the ones where the actor is ADMIN, read from their roles in the
 * database for every school — being ADMIN at the active school says nothing about another.
 * New schools belong to the actor's municipality, with the actor as their first ADMIN.
 */
import "server-only";
import { z } from "zod";
import { auditedWrite } from "@/lib/audit";
import { administeredSchoolScope, assertCan, type Actor } from "@/lib/auth/policy";
import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { assertVersionedUpdate, nextVersion } from "@/lib/db/versioned";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import { checkbox, id, text, version } from "@/lib/validation";

/** The institution number (institutionsnummer) of the Danish institution register: 6 digits. */
const INSTITUTION_NUMBER = /^\d{6}$/;

export const schoolInput = z.object({
  name: text(200),
  code: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .refine((value) => value === null || INSTITUTION_NUMBER.test(value), {
      error: "adminSchools.codeFormat",
    }),
});

export const createSchoolInput = schoolInput;
export const updateSchoolInput = schoolInput.extend({
  id: id(),
  version: version(),
  active: checkbox(),
});

export type SchoolRow = {
  id: string;
  name: string;
  code: string | null;
  active: boolean;
  version: number;
  municipalityName: string;
  /** The school the actor is working at now. */
  isActiveSchool: boolean;
};

const schoolRowSelect = {
  id: true,
  name: true,
  code: true,
  active: true,
  version: true,
  municipality: { select: { name: true } },
} as const satisfies Prisma.SchoolSelect;

function toSchoolRow(
  actor: Actor,
  { municipality, ...row }: Prisma.SchoolGetPayload<{ select: typeof schoolRowSelect }>,
): SchoolRow {
  return { ...row, municipalityName: municipality.name, isActiveSchool: row.id === actor.schoolId };
}

export async function listSchools(actor: Actor): Promise<SchoolRow[]> {
  assertCan(actor, "admin:schools");
  const schools = await db.school.findMany({
    where: administeredSchoolScope(actor),
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: schoolRowSelect,
  });
  return schools.map((school) => toSchoolRow(actor, school));
}

export async function getSchool(actor: Actor, schoolId: string): Promise<SchoolRow> {
  assertCan(actor, "admin:schools");
  const school = z.uuid().safeParse(schoolId).success
    ? await db.school.findFirst({
        where: { id: schoolId, ...administeredSchoolScope(actor) },
        select: schoolRowSelect,
      })
    : null;
  if (!school) throw new NotFoundError("school");
  return toSchoolRow(actor, school);
}

/**
 * The institution number names one school in Denmark; a second school with it is a typing
 * error. (Checked here, not by the database: the column is optional and older data may repeat.)
 */
async function assertCodeFree(tx: Tx, code: string | null, schoolId?: string): Promise<void> {
  if (code === null) return;
  const taken = await tx.school.findFirst({
    where: { code, ...(schoolId ? { id: { not: schoolId } } : {}) },
    select: { id: true },
  });
  if (taken) throw new DomainValidationError("code", "adminSchools.codeTaken");
}

/** A new school in the actor's municipality, with the actor as its ADMIN, in one transaction. */
export async function createSchool(
  actor: Actor,
  input: z.output<typeof createSchoolInput>,
): Promise<{ id: string }> {
  assertCan(actor, "admin:schools");
  return auditedWrite(
    actor,
    (created) => ({
      action: "admin.school.create",
      entityType: "School",
      entityId: created.id,
      details: { municipalityId: actor.municipalityId },
    }),
    async (tx) => {
      await assertCodeFree(tx, input.code);
      return tx.school.create({
        data: {
          ...input,
          municipalityId: actor.municipalityId,
          thresholds: { create: {} },
          roles: { create: { userId: actor.userId, role: "ADMIN" } },
        },
        select: { id: true },
      });
    },
  );
}

export async function updateSchool(
  actor: Actor,
  input: z.output<typeof updateSchoolInput>,
): Promise<void> {
  assertCan(actor, "admin:schools");
  const { id: schoolId, version: readVersion, ...data } = input;
  // Deactivating the school one works at would end one's own session there mid-sentence.
  if (schoolId === actor.schoolId && !data.active)
    throw new DomainValidationError("active", "adminSchools.cannotDeactivateActive");
  await auditedWrite(
    actor,
    {
      action: "admin.school.update",
      entityType: "School",
      entityId: schoolId,
      details: { active: data.active },
    },
    async (tx) => {
      const updated = await tx.school.updateMany({
        where: { id: schoolId, version: readVersion, ...administeredSchoolScope(actor) },
        data: { ...data, ...nextVersion },
      });
      await assertVersionedUpdate(updated, "school", () =>
        tx.school.findFirst({
          where: { id: schoolId, ...administeredSchoolScope(actor) },
          select: { id: true },
        }),
      );
      await assertCodeFree(tx, data.code, schoolId);
    },
  );
}
