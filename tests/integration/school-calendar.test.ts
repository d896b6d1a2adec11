/**
 * The school's holidays (Administration → Ferier og fridage): only the school's administrator
 * keeps them, each change audited; a holiday never overlaps another or ends before it begins;
 * and what the administrator enters reaches the absence rules at their next read, the import and
 * absence by hand.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { checkAbsenceFile } from "@/lib/absence/import";
import { recordAbsence, recordAbsenceInput } from "@/lib/absence/manual";
import { schoolYearLabel } from "@/lib/admin/school-year";
import { ForbiddenError, type Actor } from "@/lib/auth/policy";
import {
  addHoliday,
  addTypicalPlan,
  getSchoolCalendar,
  holidayInput,
  removeHoliday,
} from "@/lib/calendar/holidays";
import { PUBLIC_HOLIDAYS_ONLY } from "@/lib/calendar/school-calendar";
import { addDays, isoDay, todayInDenmark } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import { findAbsenceWithoutFollowUp } from "@/lib/worklist/absence";
import { createActor, createPupil, createSchool } from "../support/factories";

const TODAY = todayInDenmark();

/**
 * A week three or more weeks ago, Monday to Friday, with no public holiday in it or in the
 * Thursday before and the Wednesday after (ten weekdays, all school days without the holiday).
 */
const holidayWeek = (() => {
  let monday = addDays(TODAY, -21);
  while (
    monday.getUTCDay() !== 1 ||
    PUBLIC_HOLIDAYS_ONLY.schoolDaysBetween(addDays(monday, -4), addDays(monday, 9)) !== 10
  )
    monday = addDays(monday, -1);
  return { from: monday, to: addDays(monday, 4) };
})();

const input = (name: string, from: Date, to: Date) =>
  holidayInput.parse({ name, from: isoDay(from), to: isoDay(to) });

async function auditRows(actor: Actor, action: string) {
  return db.auditLog.findMany({
    where: { actorId: actor.userId, action },
    select: { outcome: true, entityType: true, entityId: true, details: true },
  });
}

describe("the school's holidays", () => {
  let school: Awaited<ReturnType<typeof createSchool>>;
  let admin: Actor;

  beforeAll(async () => {
    school = await createSchool();
    admin = await createActor(school, ["ADMIN"]);
  });

  it("are kept by the school's administrator alone, each change audited", async () => {
    const { id } = await addHoliday(admin, input("Testferie", holidayWeek.from, holidayWeek.to));
    expect(await auditRows(admin, "admin.holiday.create")).toEqual([
      {
        outcome: "ALLOWED",
        entityType: "SchoolHoliday",
        entityId: id,
        details: { name: "Testferie", from: isoDay(holidayWeek.from), to: isoDay(holidayWeek.to) },
      },
    ]);

    for (const role of ["TRIVSELSPERSON", "LEADERSHIP", "TEACHER", "PPR"] as const) {
      const other = await createActor(school, [role]);
      await expect(
        addHoliday(other, input("Fridag", addDays(TODAY, 400), addDays(TODAY, 400))),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(removeHoliday(other, { id })).rejects.toBeInstanceOf(ForbiddenError);
    }
    // Another school's administrator does not find it, and it stays.
    const elsewhere = await createActor(await createSchool(), ["ADMIN"]);
    await expect(removeHoliday(elsewhere, { id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.schoolHoliday.count({ where: { id } })).toBe(1);

    await removeHoliday(admin, { id });
    expect(await db.schoolHoliday.count({ where: { id } })).toBe(0);
    expect(await auditRows(admin, "admin.holiday.delete")).toMatchObject([
      { outcome: "ALLOWED", entityId: id, details: { name: "Testferie" } },
    ]);
  });

  it("never overlap, end before they begin, or last more than a year", async () => {
    const first = await addHoliday(
      admin,
      input("Vinterferie", addDays(TODAY, 500), addDays(TODAY, 504)),
    );
    const overlapping = addHoliday(
      admin,
      input("Ekstra", addDays(TODAY, 504), addDays(TODAY, 506)),
    );
    await expect(overlapping).rejects.toBeInstanceOf(DomainValidationError);
    await expect(overlapping).rejects.toMatchObject({ messageKey: "calendar.errors.overlaps" });

    const backwards = holidayInput.safeParse({
      name: "Baglæns",
      from: "2027-03-05",
      to: "2027-03-01",
    });
    expect(backwards.error?.issues.map((issue) => issue.message)).toEqual([
      "calendar.errors.endsBeforeItBegins",
    ]);
    const long = holidayInput.safeParse({ name: "Lang", from: "2027-01-01", to: "2028-01-03" });
    expect(long.error?.issues.map((issue) => issue.message)).toEqual(["calendar.errors.tooLong"]);
    // The database refuses it too, written past the app.
    await expect(
      db.schoolHoliday.create({
        data: {
          schoolId: school.id,
          name: "Baglæns",
          from: new Date("2027-03-05T00:00:00Z"),
          to: new Date("2027-03-01T00:00:00Z"),
        },
      }),
    ).rejects.toThrow(/ends before it begins/);
    await removeHoliday(admin, first);
  });

  it("start from the municipality's usual plan, once a school year", async () => {
    const year = TODAY.getUTCFullYear() + 3;
    expect(await addTypicalPlan(admin, { year })).toEqual({
      added: 7,
      schoolYear: schoolYearLabel(year),
    });
    // Refused in the form's own message: the year is not a field the administrator sees.
    await expect(addTypicalPlan(admin, { year })).rejects.toMatchObject({
      field: "form",
      messageKey: "calendar.errors.planExists",
    });
    const names = (
      await db.schoolHoliday.findMany({
        where: { schoolId: school.id, from: { gte: new Date(Date.UTC(year, 7, 1)) } },
        orderBy: { from: "asc" },
        select: { name: true },
      })
    ).map((row) => row.name);
    expect(names).toEqual([
      "Efterårsferie",
      "Juleferie",
      "Vinterferie",
      "Påskeferie",
      "Dagen efter Kristi himmelfartsdag",
      "Grundlovsdag",
      "Sommerferie",
    ]);
    expect(await auditRows(admin, "admin.holiday.typical-plan")).toMatchObject([
      { outcome: "ALLOWED", details: { added: 7 } },
    ]);
    await db.schoolHoliday.deleteMany({ where: { schoolId: school.id } });
  });

  it("are shown per school year with its school days", async () => {
    const calendar = await getSchoolCalendar(admin, TODAY);
    expect(calendar).toHaveLength(3);
    const current = calendar[1]!;
    const first = new Date(Date.UTC(current.year, 7, 1));
    const last = new Date(Date.UTC(current.year + 1, 6, 31));
    // No holidays of its own: weekdays less the public holidays.
    expect(current.holidays).toEqual([]);
    expect(current.schoolDays).toBe(PUBLIC_HOLIDAYS_ONLY.schoolDaysBetween(first, last));
    expect(current.publicHolidays.map((holiday) => holiday.name)).toContain("christmasDay");
    await expect(
      getSchoolCalendar(await createActor(school, ["LEADERSHIP"]), TODAY),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("a holiday reaches the absence rules, the import and absence by hand", () => {
  it("bridges a run of absence over the holiday at the next read of the worklist, and not after it is removed", async () => {
    const school = await createSchool();
    const admin = await createActor(school, ["ADMIN"]);
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const pupil = await createPupil(school.id);
    // Absent the Thursday and Friday before the holiday week and the Monday to Wednesday after
    // it: five school days in a row only when the week between is a holiday.
    const days = [
      addDays(holidayWeek.from, -4),
      addDays(holidayWeek.from, -3),
      addDays(holidayWeek.to, 3),
      addDays(holidayWeek.to, 4),
      addDays(holidayWeek.to, 5),
    ];
    await db.absenceRecord.createMany({
      data: days.map((date) => ({
        schoolId: school.id,
        pupilId: pupil.id,
        date,
        kind: "ILLNESS" as const,
        source: "MANUAL" as const,
      })),
    });
    const section = () =>
      db.$transaction((tx) => findAbsenceWithoutFollowUp(tx, trivsel, TODAY, 100));
    const consecutive = async () =>
      (await section()).items.find((item) => item.pupil.id === pupil.id)?.consecutive ?? null;

    expect(await consecutive()).toBeNull();
    // No holiday in the last year: the worklist says its list may miss pupils.
    expect((await section()).holidaysKnown).toBe(false);
    const { id } = await addHoliday(
      admin,
      input("Efterårsferie", holidayWeek.from, holidayWeek.to),
    );
    expect(await consecutive()).toMatchObject({ days: 5, since: expect.any(String) });
    expect((await section()).holidaysKnown).toBe(true);
    await removeHoliday(admin, { id });
    expect(await consecutive()).toBeNull();
  });

  it("refuses a day of absence in the holiday in an import, and skips it in a period", async () => {
    const school = await createSchool();
    const admin = await createActor(school, ["ADMIN"]);
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const pupil = await createPupil(school.id, { externalId: "F1" });
    await addHoliday(admin, input("Testferie", holidayWeek.from, holidayWeek.to));

    const inHoliday = isoDay(addDays(holidayWeek.from, 1));
    const report = await checkAbsenceFile(trivsel, {
      name: "ferie.csv",
      text: ["elevnummer;dato;type", `F1;${inHoliday};syg`].join("\n"),
    });
    expect(report.problems).toEqual([
      { line: 2, reason: "absence.import.errors.noSchool", value: inHoliday },
    ]);

    // A period over the holiday and the weekends either side: the school days before and after.
    const period = { from: addDays(holidayWeek.from, -3), to: addDays(holidayWeek.to, 3) };
    const expected = PUBLIC_HOLIDAYS_ONLY.schoolDaysOf(period.from, period.to).filter(
      (day) => day < holidayWeek.from || day > holidayWeek.to,
    );
    const recorded = await recordAbsence(
      trivsel,
      recordAbsenceInput.parse({
        pupilId: pupil.id,
        from: isoDay(period.from),
        to: isoDay(period.to),
        kind: "ILLNESS",
      }),
    );
    expect(recorded).toEqual({ days: expected.length });
    const stored = await db.absenceRecord.findMany({
      where: { pupilId: pupil.id },
      orderBy: { date: "asc" },
      select: { date: true },
    });
    expect(stored.map((row) => isoDay(row.date))).toEqual(expected.map(isoDay));

    // Only the holiday: nothing to register.
    await expect(
      recordAbsence(
        trivsel,
        recordAbsenceInput.parse({
          pupilId: pupil.id,
          from: isoDay(holidayWeek.from),
          to: isoDay(holidayWeek.to),
          kind: "ILLNESS",
        }),
      ),
    ).rejects.toMatchObject({ messageKey: "absence.manual.errors.noSchoolDays" });
  });
});
