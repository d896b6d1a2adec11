/**
 * The school's holidays as its administrator keeps them (Administration → Ferier og fridage):
 * listed per school year, added one at a time or as the municipality's usual plan for a school
 * year, and removed. Each change is audited. A change reaches the absence rules at their next
 * read: the database's kept standing is counted over the window's days without school, and a
 * window whose days changed is counted anew (lib/worklist/absence.ts).
 */
import "server-only";
import { z } from "zod";
import { currentSchoolYear, schoolYearLabel } from "@/lib/admin/school-year";
import { auditedWrite } from "@/lib/audit";
import { assertCan, schoolScope, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { isoDay } from "@/lib/dates";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import { day, id, text } from "@/lib/validation";
import { danishPublicHolidays, type PublicHoliday } from "./public-holidays";
import { PUBLIC_HOLIDAYS_ONLY, SchoolCalendar } from "./school-calendar";
import { typicalHolidays } from "./typical-holidays";

/** A holiday is at most a year long (a school closed for longer is not a calendar's matter). */
const MAX_HOLIDAY_DAYS = 366;

export const holidayInput = z
  .object({ name: text(80), from: day(), to: day() })
  .refine((value) => value.to >= value.from, {
    error: "calendar.errors.endsBeforeItBegins",
    path: ["to"],
  })
  .refine((value) => (value.to.getTime() - value.from.getTime()) / 86_400_000 < MAX_HOLIDAY_DAYS, {
    error: "calendar.errors.tooLong",
    path: ["to"],
  });

export const removeHolidayInput = z.object({ id: id() });

export const typicalPlanInput = z.object({
  /** The first year of the school year: 2026 for 2026/27. */
  year: z.coerce.number().int().min(2000).max(2100),
});

export type HolidayRow = {
  id: string;
  name: string;
  from: string;
  to: string;
  /** Weekdays it closes that are not public holidays anyway: the school days it takes. */
  schoolDays: number;
};

export type SchoolYearCalendar = {
  /** "2026/27" */
  label: string;
  /** 2026 for 2026/27. */
  year: number;
  holidays: HolidayRow[];
  publicHolidays: { date: string; name: PublicHoliday["name"] }[];
  /** School days from 1 August to 31 July. */
  schoolDays: number;
};

const firstOf = (year: number) => new Date(Date.UTC(year, 7, 1));
const lastOf = (year: number) => new Date(Date.UTC(year + 1, 6, 31));

/** The school's calendar for the current school year, the next, and the one before. */
export async function getSchoolCalendar(actor: Actor, today: Date): Promise<SchoolYearCalendar[]> {
  assertCan(actor, "admin:schools");
  const current = Number(currentSchoolYear(today).slice(0, 4));
  const years = [current - 1, current, current + 1];
  const holidays = await db.schoolHoliday.findMany({
    where: {
      schoolId: schoolScope(actor).schoolId,
      to: { gte: firstOf(years[0]!) },
      from: { lte: lastOf(years[2]!) },
    },
    select: { id: true, name: true, from: true, to: true },
    orderBy: [{ from: "asc" }, { to: "asc" }],
  });
  const calendar = new SchoolCalendar(holidays);
  return years.map((year) => {
    const [from, to] = [firstOf(year), lastOf(year)];
    const publicHolidays = [year, year + 1].flatMap((calendarYear) =>
      danishPublicHolidays(calendarYear).filter(
        (holiday) => holiday.date >= from && holiday.date <= to,
      ),
    );
    return {
      label: schoolYearLabel(year),
      year,
      // A holiday over New Year's or the summer is shown in the school year it begins in.
      holidays: holidays
        .filter((holiday) => holiday.from >= from && holiday.from <= to)
        .map((holiday) => ({
          id: holiday.id,
          name: holiday.name,
          from: isoDay(holiday.from),
          to: isoDay(holiday.to),
          schoolDays: PUBLIC_HOLIDAYS_ONLY.schoolDaysBetween(holiday.from, holiday.to),
        })),
      publicHolidays: publicHolidays.map((holiday) => ({
        date: isoDay(holiday.date),
        name: holiday.name,
      })),
      schoolDays: calendar.schoolDaysBetween(from, to),
    };
  });
}

export async function addHoliday(
  actor: Actor,
  input: z.output<typeof holidayInput>,
): Promise<{ id: string }> {
  assertCan(actor, "admin:schools");
  const { schoolId } = schoolScope(actor);
  return auditedWrite(
    actor,
    (created) => ({
      action: "admin.holiday.create",
      entityType: "SchoolHoliday",
      entityId: created.id,
      details: { name: input.name, from: isoDay(input.from), to: isoDay(input.to) },
    }),
    async (tx) => {
      const overlapping = await tx.schoolHoliday.findFirst({
        where: { schoolId, from: { lte: input.to }, to: { gte: input.from } },
        select: { name: true },
      });
      if (overlapping) {
        throw new DomainValidationError("from", "calendar.errors.overlaps", {
          name: overlapping.name,
        });
      }
      return tx.schoolHoliday.create({
        data: { schoolId, name: input.name, from: input.from, to: input.to },
        select: { id: true },
      });
    },
  );
}

export async function removeHoliday(
  actor: Actor,
  input: z.output<typeof removeHolidayInput>,
): Promise<void> {
  assertCan(actor, "admin:schools");
  const { schoolId } = schoolScope(actor);
  await auditedWrite(
    actor,
    (removed: { name: string; from: Date; to: Date }) => ({
      action: "admin.holiday.delete",
      entityType: "SchoolHoliday",
      entityId: input.id,
      details: { name: removed.name, from: isoDay(removed.from), to: isoDay(removed.to) },
    }),
    async (tx) => {
      const holiday = await tx.schoolHoliday.findFirst({
        where: { id: input.id, schoolId },
        select: { name: true, from: true, to: true },
      });
      if (!holiday) throw new NotFoundError("holiday");
      await tx.schoolHoliday.delete({ where: { id: input.id } });
      return holiday;
    },
  );
}

/**
 * The municipality's usual holidays for a school year (typical-holidays.ts), for a school that has
 * none in that year yet: a start the administrator then corrects to the municipality's own plan.
 */
export async function addTypicalPlan(
  actor: Actor,
  input: z.output<typeof typicalPlanInput>,
): Promise<{ added: number; schoolYear: string }> {
  assertCan(actor, "admin:schools");
  const { schoolId } = schoolScope(actor);
  const plan = typicalHolidays(input.year);
  const schoolYear = schoolYearLabel(input.year);
  return auditedWrite(
    actor,
    (result) => ({
      action: "admin.holiday.typical-plan",
      entityType: "School",
      entityId: schoolId,
      details: { schoolYear, added: result.added },
    }),
    async (tx) => {
      const existing = await tx.schoolHoliday.count({
        where: { schoolId, from: { gte: firstOf(input.year), lte: lastOf(input.year) } },
      });
      // The year is a hidden field: the refusal is the form's own message.
      if (existing > 0)
        throw new DomainValidationError("form", "calendar.errors.planExists", { schoolYear });
      await tx.schoolHoliday.createMany({
        data: plan.map((holiday) => ({ schoolId, ...holiday })),
      });
      return { added: plan.length, schoolYear };
    },
  );
}
