/**
 * The worklist's absence query (SQL, lib/worklist/absence.ts) and the reference rules
 * (lib/absence/rules.ts) agree on generated absence histories: same pupils, same rules, same
 * figures — over weekdays, and over a school calendar whose holidays change between the runs
 * (the database's kept standing must follow them). The reference is checked at its exact
 * boundaries by lib/absence/rules.test.ts.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, evaluateAbsence, type AbsenceDay } from "@/lib/absence/rules";
import type { Actor } from "@/lib/auth/policy";
import {
  PUBLIC_HOLIDAYS_ONLY,
  SchoolCalendar,
  type SchoolHoliday,
} from "@/lib/calendar/school-calendar";
import { db } from "@/lib/db/client";
import { addDays } from "@/lib/dates";
import { findAbsenceWithoutFollowUp } from "@/lib/worklist/absence";
import { createActor, createPupil, createSchool } from "../support/factories";

// 20 school days into the quarter: 10 % and 15 % fall on whole days, so the boundaries are hit exactly.
const TODAY = new Date("2026-10-28T00:00:00Z");
const THRESHOLDS = {
  ...DEFAULT_THRESHOLDS,
  patternDays: 8,
  patternWindowDays: 20,
  consecutiveDays: 4,
};

describe("the absence query agrees with the reference rules", () => {
  let actor: Actor;
  let schoolId: string;

  beforeAll(async () => {
    const school = await createSchool();
    schoolId = school.id;
    actor = await createActor(school, ["TRIVSELSPERSON"]);
    await db.thresholdSettings.update({ where: { schoolId }, data: THRESHOLDS });
  });

  /**
   * A pupil's last 71 days: each day absent with the pupil's own likelihood (0–80 %), so the
   * histories range from none to most days, around every threshold.
   */
  const history = fc
    .tuple(
      fc.integer({ min: 0, max: 8 }),
      fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: 9 }),
          fc.constantFrom<AbsenceDay["kind"]>("ILLNESS", "AUTHORISED", "UNAUTHORISED"),
        ),
        {
          minLength: 71,
          maxLength: 71,
        },
      ),
    )
    .map(([density, days]) =>
      days.flatMap(([roll, kind], back) => (roll < density ? [{ back, kind }] : [])),
    );

  /** Up to three holidays of up to eight days among the pupils' 71 days. */
  const holidays = fc.array(
    fc
      .tuple(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 7 }))
      .map(([back, length]): SchoolHoliday => {
        const from = addDays(TODAY, -back);
        return { name: "Ferie", from, to: addDays(from, length) };
      }),
    { maxLength: 3 },
  );

  /** The rules the worklist shows for `pupilId`, by the reference's names. */
  async function firedFor(pupilId: string) {
    const section = await db.$transaction((tx) =>
      findAbsenceWithoutFollowUp(tx, actor, TODAY, 10_000),
    );
    const flag = section.items.find((item) => item.pupil.id === pupilId);
    const fired = flag
      ? [
          flag.unauthorised
            ? flag.unauthorised.level === "NOTIFY"
              ? "UNAUTHORISED_NOTIFY"
              : "UNAUTHORISED_WARNING"
            : null,
          flag.pattern ? "PATTERN" : null,
          flag.consecutive ? "CONSECUTIVE" : null,
        ].filter(Boolean)
      : [];
    return { flag, fired };
  }

  /** A new pupil with `entries` as absence: the worklist shows what the reference says. */
  async function expectAgreement(
    entries: { back: number; kind: AbsenceDay["kind"] }[],
    calendar: SchoolCalendar,
  ) {
    const pupil = await createPupil(schoolId);
    const days = entries.map(({ back, kind }) => ({ date: addDays(TODAY, -back), kind }));
    await db.absenceRecord.createMany({
      data: days.map((day) => ({
        schoolId,
        pupilId: pupil.id,
        date: day.date,
        kind: day.kind,
        source: "MANUAL" as const,
      })),
    });

    const expected = evaluateAbsence(days, THRESHOLDS, TODAY, calendar);
    const { flag, fired } = await firedFor(pupil.id);
    expect(fired).toEqual(expected.map((hit) => hit.rule));
    for (const hit of expected) {
      if (hit.rule === "PATTERN")
        expect(flag?.pattern).toMatchObject({ days: hit.days, since: hit.since });
      if (hit.rule === "CONSECUTIVE") expect(flag?.consecutive?.days).toBe(hit.days);
      if (hit.rule === "UNAUTHORISED_WARNING" || hit.rule === "UNAUTHORISED_NOTIFY")
        expect(flag?.unauthorised).toMatchObject({ days: hit.days, schoolDays: hit.schoolDays });
    }
  }

  it("over a school calendar whose holidays change, on 40 generated pupils", async () => {
    await fc.assert(
      fc.asyncProperty(history, holidays, async (entries, closed) => {
        await db.schoolHoliday.deleteMany({ where: { schoolId } });
        await db.schoolHoliday.createMany({
          data: closed.map((holiday) => ({ schoolId, ...holiday })),
        });
        await expectAgreement(entries, new SchoolCalendar(closed));
      }),
      { numRuns: 40, seed: 20261208 },
    );
    await db.schoolHoliday.deleteMany({ where: { schoolId } });
  });

  it("on 60 generated pupils", async () => {
    await fc.assert(
      fc.asyncProperty(history, async (entries) => {
        await expectAgreement(entries, PUBLIC_HOLIDAYS_ONLY);
      }),
      { numRuns: 60, seed: 20261121 },
    );
  });
});
