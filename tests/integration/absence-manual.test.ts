import { describe, expect, it } from "vitest";
import {
  listPupilAbsence,
  parentsReasonInput,
  recordAbsence,
  recordAbsenceInput,
  recordParentsReason,
} from "@/lib/absence/manual";
import { ForbiddenError } from "@/lib/auth/policy";
import { PUBLIC_HOLIDAYS_ONLY } from "@/lib/calendar/school-calendar";
import { db } from "@/lib/db/client";
import { addDays, isoDay, todayInDenmark } from "@/lib/dates";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import { createActor, createPupil, createSchool } from "../support/factories";

/** A Monday two weeks or more ago, with no public holiday from it to the Monday after. */
const monday = (() => {
  let day = addDays(todayInDenmark(), -14);
  while (
    day.getUTCDay() !== 1 ||
    PUBLIC_HOLIDAYS_ONLY.schoolDaysBetween(day, addDays(day, 7)) !== 6
  )
    day = addDays(day, -1);
  return day;
})();

describe("absence by hand", () => {
  it("registers the school days of a period, updates a day already there, and keeps the parents' reason", async () => {
    const school = await createSchool();
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const pupil = await createPupil(school.id);
    // Monday to the next Monday: six school days.
    const input = recordAbsenceInput.parse({
      pupilId: pupil.id,
      from: isoDay(monday),
      to: isoDay(addDays(monday, 7)),
      kind: "ILLNESS",
    });
    expect(await recordAbsence(trivsel, input)).toEqual({ days: 6 });
    await recordAbsence(
      trivsel,
      recordAbsenceInput.parse({
        pupilId: pupil.id,
        from: isoDay(monday),
        to: isoDay(monday),
        kind: "UNAUTHORISED",
        lessons: "3",
      }),
    );
    expect(await db.absenceRecord.count({ where: { pupilId: pupil.id } })).toBe(6);
    expect(
      await db.absenceRecord.findFirstOrThrow({ where: { pupilId: pupil.id, date: monday } }),
    ).toMatchObject({ kind: "UNAUTHORISED", lessons: 3, source: "MANUAL" });

    await recordParentsReason(
      trivsel,
      parentsReasonInput.parse({
        pupilId: pupil.id,
        from: isoDay(monday),
        to: isoDay(addDays(monday, 2)),
        parentsReason: "Mor: mavepine, var hos lægen onsdag.",
      }),
    );
    const listed = await listPupilAbsence(trivsel, pupil.id);
    expect(listed.filter((row) => row.parentsReason)).toHaveLength(3);
    expect(
      await db.auditLog.count({
        where: {
          pupilId: pupil.id,
          action: { in: ["absence.manual", "absence.reason", "absence.read"] },
        },
      }),
    ).toBe(4);
  });

  it("refuses the future, a period without school days, another school's pupil and roles that do not register absence", async () => {
    const school = await createSchool();
    const other = await createSchool();
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const teacher = await createActor(school, ["TEACHER"]);
    const pupil = await createPupil(school.id);
    const theirs = await createPupil(other.id);
    expect(
      recordAbsenceInput.safeParse({
        pupilId: pupil.id,
        from: isoDay(todayInDenmark()),
        to: isoDay(addDays(todayInDenmark(), 3)),
        kind: "ILLNESS",
      }).success,
    ).toBe(false);
    const saturday = (() => {
      let day = addDays(todayInDenmark(), -1);
      while (day.getUTCDay() !== 6) day = addDays(day, -1);
      return day;
    })();
    await expect(
      recordAbsence(
        trivsel,
        recordAbsenceInput.parse({
          pupilId: pupil.id,
          from: isoDay(saturday),
          to: isoDay(addDays(saturday, 1)),
          kind: "ILLNESS",
        }),
      ),
    ).rejects.toBeInstanceOf(DomainValidationError);
    await expect(
      recordAbsence(
        trivsel,
        recordAbsenceInput.parse({
          pupilId: theirs.id,
          from: isoDay(monday),
          to: isoDay(monday),
          kind: "ILLNESS",
        }),
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      recordAbsence(
        teacher,
        recordAbsenceInput.parse({
          pupilId: pupil.id,
          from: isoDay(monday),
          to: isoDay(monday),
          kind: "ILLNESS",
        }),
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listPupilAbsence(teacher, pupil.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(
      await db.absenceRecord.count({ where: { schoolId: { in: [school.id, other.id] } } }),
    ).toBe(0);
  });
});
