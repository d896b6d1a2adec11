/**
 * Absence for one pupil, by hand: days of absence over a period (school days only), and the
 * parents' stated reason for days already registered (DESIGN.md §8: "Record the parents' stated
 * reason"). The same records an import writes; a day already there is updated, not doubled.
 */
import "server-only";
import { z } from "zod";
import { auditedPupilRead, auditedWrite } from "@/lib/audit";
import { assertCan, can, pupilRecordScope, schoolScope, type Actor } from "@/lib/auth/policy";
import { loadWholeCalendar } from "@/lib/calendar/load";
import { addDays, isoDay, todayInDenmark } from "@/lib/dates";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import type { AbsenceKind, AbsenceSource } from "@/lib/generated/prisma/enums";
import { day, id, optionalText } from "@/lib/validation";

const MAX_PERIOD_DAYS = 92;

const period = z
  .object({ pupilId: id(), from: day(), to: day() })
  .refine((value) => value.to >= value.from, { error: "absence.manual.errors.order", path: ["to"] })
  .refine((value) => value.to <= todayInDenmark(), {
    error: "validation.dateInFuture",
    path: ["to"],
  })
  .refine((value) => (value.to.getTime() - value.from.getTime()) / 86_400_000 <= MAX_PERIOD_DAYS, {
    error: "absence.manual.errors.tooLong",
    path: ["to"],
  });

export const recordAbsenceInput = z.intersection(
  period,
  z.object({
    kind: z.enum(["ILLNESS", "AUTHORISED", "UNAUTHORISED"], { error: "validation.choose" }),
    lessons: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? Number(value) : null))
      .refine((value) => value === null || (Number.isInteger(value) && value >= 1 && value <= 12), {
        error: "absence.import.errors.lessons",
      }),
    parentsReason: optionalText(1000),
  }),
);

export const parentsReasonInput = z.intersection(
  period,
  z.object({ parentsReason: optionalText(1000) }),
);

export type AbsenceDayRow = {
  date: string;
  kind: AbsenceKind;
  lessons: number | null;
  parentsReason: string | null;
  source: AbsenceSource;
};

/** The pupil's absence of the last `days` days, newest first, for the record's absence page. */
export async function listPupilAbsence(
  actor: Actor,
  pupilId: string,
  days = 120,
): Promise<AbsenceDayRow[]> {
  if (!can(actor, "pupil:open-record") || !z.uuid().safeParse(pupilId).success)
    throw new NotFoundError("pupil");
  const rows = await auditedPupilRead(
    actor,
    {
      action: "absence.read",
      pupilId,
      entityType: "Pupil",
      entityId: pupilId,
      purpose: "absence-follow-up",
    },
    async (tx) => {
      const pupil = await tx.pupil.findFirst({
        where: { id: pupilId, ...pupilRecordScope(actor) },
        select: { id: true },
      });
      if (!pupil) return null;
      return tx.absenceRecord.findMany({
        where: { pupilId, date: { gte: addDays(todayInDenmark(), -days) } },
        orderBy: { date: "desc" },
        select: { date: true, kind: true, lessons: true, parentsReason: true, source: true },
      });
    },
  );
  return rows.map((row) => ({ ...row, date: isoDay(row.date) }));
}

/** Registers absence on every school day of the period; an existing day takes the new kind. */
export async function recordAbsence(
  actor: Actor,
  input: z.output<typeof recordAbsenceInput>,
): Promise<{ days: number }> {
  assertCan(actor, "absence:import");
  return auditedWrite(
    actor,
    (result) => ({
      action: "absence.manual",
      pupilId: input.pupilId,
      entityType: "Pupil",
      entityId: input.pupilId,
      details: {
        from: isoDay(input.from),
        to: isoDay(input.to),
        kind: input.kind,
        days: result.days,
      },
    }),
    async (tx) => {
      const pupil = await tx.pupil.findFirst({
        where: { id: input.pupilId, ...schoolScope(actor) },
        select: { id: true },
      });
      if (!pupil) throw new NotFoundError("pupil");
      // The school days of the period by the school's calendar: no weekends, public holidays or
      // holidays of the school's.
      const calendar = await loadWholeCalendar(tx, actor.schoolId);
      const days = calendar.schoolDaysOf(input.from, input.to);
      if (days.length === 0)
        throw new DomainValidationError("to", "absence.manual.errors.noSchoolDays");
      for (const date of days) {
        const values = {
          kind: input.kind,
          lessons: input.lessons,
          source: "MANUAL" as const,
          enteredById: actor.userId,
          ...(input.parentsReason ? { parentsReason: input.parentsReason } : {}),
        };
        await tx.absenceRecord.upsert({
          where: { pupilId_date: { pupilId: pupil.id, date } },
          create: { schoolId: actor.schoolId, pupilId: pupil.id, date, ...values },
          update: values,
        });
      }
      return { days: days.length };
    },
  );
}

/** The parents' stated reason for the absence already registered in a period. */
export async function recordParentsReason(
  actor: Actor,
  input: z.output<typeof parentsReasonInput>,
): Promise<{ days: number }> {
  assertCan(actor, "absence:import");
  return auditedWrite(
    actor,
    (result) => ({
      action: "absence.reason",
      pupilId: input.pupilId,
      entityType: "Pupil",
      entityId: input.pupilId,
      details: { days: result.days },
    }),
    async (tx) => {
      const pupil = await tx.pupil.findFirst({
        where: { id: input.pupilId, ...schoolScope(actor) },
        select: { id: true },
      });
      if (!pupil) throw new NotFoundError("pupil");
      const updated = await tx.absenceRecord.updateMany({
        where: { pupilId: pupil.id, date: { gte: input.from, lte: input.to } },
        data: { parentsReason: input.parentsReason },
      });
      if (updated.count === 0)
        throw new DomainValidationError("from", "absence.manual.errors.nothingRegistered");
      return { days: updated.count };
    },
  );
}
