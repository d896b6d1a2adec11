/**
 * The absence summaries the database keeps (AbsenceStanding, AbsenceClassPeriod; decisions/0029)
 * equal what the register says, after any sequence of the writes that move them: days added one
 * by one and in bulk, kinds changed, days deleted, pupils moved between classes, leaving and
 * coming back, deleted, thresholds changed and days passing. The expected figures are computed here
 * in TypeScript from the register's rows, independently of the triggers' SQL; and the dashboards'
 * figures read from the summary equal the same figures read from the register.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "@/lib/absence/rules";
import { addDays, isoDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import type { AbsenceKind } from "@/lib/generated/prisma/enums";
import { aggregateScope } from "@/lib/dashboard/load";
import { countAbsence, countAbsenceTrend, countClassSizes } from "@/lib/dashboard/queries";
import { absenceRuleWindow, ensureAbsenceStanding } from "@/lib/worklist/absence";
import { loadRuleCalendars } from "@/lib/calendar/load";
import { isWeekday } from "@/lib/worklist/school-days";
import { createClass, createPupil, createSchool } from "../support/factories";

const TODAY = new Date("2026-11-18T00:00:00Z");
const NO_CLASS = "00000000-0000-0000-0000-000000000000";
const KINDS: AbsenceKind[] = ["ILLNESS", "AUTHORISED", "UNAUTHORISED"];
const PUPILS = 8;

type Op =
  | { op: "add"; pupil: number; back: number; kind: number }
  | { op: "bulk"; days: { pupil: number; back: number; kind: number }[] }
  | { op: "kind"; pupil: number; kind: number }
  | { op: "remove"; pupil: number; from: number; to: number }
  | { op: "move"; pupil: number; to: number }
  | { op: "active"; pupil: number }
  | { op: "delete"; pupil: number }
  | { op: "read"; daysLater: number }
  | { op: "window"; days: number; patternDays: number; consecutiveDays: number };

const day = { pupil: fc.nat(PUPILS - 1), back: fc.nat(150), kind: fc.nat(2) };
const ops: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant("add" as const), ...day }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("bulk" as const),
      days: fc.array(fc.record(day), { maxLength: 40 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant("kind" as const), pupil: day.pupil, kind: day.kind }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("remove" as const),
      pupil: day.pupil,
      from: fc.nat(150),
      to: fc.nat(150),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant("move" as const), pupil: day.pupil, to: fc.nat(3) }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("active" as const), pupil: day.pupil }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("delete" as const), pupil: day.pupil }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant("read" as const), daysLater: fc.nat(3) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("window" as const),
      days: fc.constantFrom(10, 20, 60),
      patternDays: fc.constantFrom(2, 5, 15),
      consecutiveDays: fc.constantFrom(2, 3, 5),
    }),
  },
);

async function school() {
  const created = await createSchool();
  const classes = [
    (await createClass(created.id, { grade: 3, letter: "A" })).id,
    (await createClass(created.id, { grade: 3, letter: "B" })).id,
    (await createClass(created.id, { grade: 4, letter: "A" })).id,
    null,
  ];
  const pupils: string[] = [];
  for (let i = 0; i < PUPILS; i++)
    pupils.push((await createPupil(created.id, { classId: classes[i % classes.length] })).id);
  return { schoolId: created.id, classes, pupils };
}

type Setup = Awaited<ReturnType<typeof school>>;

/** Today as a read on `daysLater` sees it, and the rule window of the school then. */
async function rulesOn(schoolId: string, today: Date) {
  const stored = await db.thresholdSettings.findUniqueOrThrow({ where: { schoolId } });
  const calendar = (await loadRuleCalendars(db, [schoolId], today)).get(schoolId)!;
  return absenceRuleWindow(schoolId, { ...DEFAULT_THRESHOLDS, ...stored }, calendar, today);
}

async function apply(setup: Setup, op: Op, state: { today: Date }) {
  const { schoolId, pupils, classes } = setup;
  const record = (pupil: number, back: number, kind: number) => ({
    schoolId,
    pupilId: pupils[pupil]!,
    date: addDays(TODAY, -back),
    kind: KINDS[kind]!,
    source: "MANUAL" as const,
  });
  switch (op.op) {
    case "add": {
      const data = record(op.pupil, op.back, op.kind);
      await db.absenceRecord.upsert({
        where: { pupilId_date: { pupilId: data.pupilId, date: data.date } },
        create: data,
        update: { kind: data.kind },
      });
      return;
    }
    case "bulk":
      await db.absenceRecord.createMany({
        data: op.days.map((d) => record(d.pupil, d.back, d.kind)),
        skipDuplicates: true,
      });
      return;
    case "kind":
      await db.absenceRecord.updateMany({
        where: { pupilId: pupils[op.pupil]!, date: { gte: addDays(TODAY, -40) } },
        data: { kind: KINDS[op.kind]! },
      });
      return;
    case "remove":
      await db.absenceRecord.deleteMany({
        where: {
          pupilId: pupils[op.pupil]!,
          date: {
            gte: addDays(TODAY, -Math.max(op.from, op.to)),
            lte: addDays(TODAY, -Math.min(op.from, op.to)),
          },
        },
      });
      return;
    case "move":
      await db.pupil.update({
        where: { id: pupils[op.pupil]! },
        data: { classId: classes[op.to]! },
      });
      return;
    case "active": {
      const pupil = await db.pupil.findUniqueOrThrow({ where: { id: pupils[op.pupil]! } });
      await db.pupil.update({ where: { id: pupil.id }, data: { active: !pupil.active } });
      return;
    }
    case "delete":
      await db.pupil.delete({ where: { id: pupils[op.pupil]! } });
      pupils[op.pupil] = (await createPupil(schoolId, { classId: classes[op.pupil % 4]! })).id;
      return;
    case "read":
      state.today = addDays(TODAY, op.daysLater);
      await ensureAbsenceStanding(db, [await rulesOn(schoolId, state.today)]);
      return;
    case "window":
      await db.thresholdSettings.update({
        where: { schoolId },
        data: {
          patternWindowDays: op.days,
          patternDays: op.patternDays,
          consecutiveDays: op.consecutiveDays,
        },
      });
      return;
  }
}

/** The school's register, weekdays only, with each pupil's class and whether still at school. */
async function register(schoolId: string) {
  const rows = await db.absenceRecord.findMany({
    where: { schoolId },
    select: {
      pupilId: true,
      date: true,
      kind: true,
      pupil: { select: { classId: true, active: true, schoolId: true } },
    },
  });
  return rows.filter((row) => isWeekday(row.date));
}

function expectedClassPeriods(rows: Awaited<ReturnType<typeof register>>) {
  const periods = new Map<
    string,
    { days: number; unauthorisedDays: number; pupils: Set<string>; unauthorisedPupils: Set<string> }
  >();
  for (const row of rows) {
    if (!row.pupil.active) continue;
    const classKey = row.pupil.classId ?? NO_CLASS;
    const month = `${isoDay(row.date).slice(0, 7)}-01`;
    const year =
      row.date.getUTCMonth() >= 7 ? row.date.getUTCFullYear() : row.date.getUTCFullYear() - 1;
    for (const key of [`${classKey} MONTH ${month}`, `${classKey} SCHOOL_YEAR ${year}-08-01`]) {
      const period = periods.get(key) ?? {
        days: 0,
        unauthorisedDays: 0,
        pupils: new Set<string>(),
        unauthorisedPupils: new Set<string>(),
      };
      period.days++;
      period.pupils.add(row.pupilId);
      if (row.kind === "UNAUTHORISED") {
        period.unauthorisedDays++;
        period.unauthorisedPupils.add(row.pupilId);
      }
      periods.set(key, period);
    }
  }
  return Object.fromEntries(
    [...periods].map(([key, p]) => [
      key,
      [p.days, p.unauthorisedDays, p.pupils.size, p.unauthorisedPupils.size],
    ]),
  );
}

async function storedClassPeriods(schoolId: string) {
  const rows = await db.absenceClassPeriod.findMany({ where: { schoolId } });
  return Object.fromEntries(
    rows.map((row) => [
      `${row.classKey} ${row.kind} ${isoDay(row.start)}`,
      [row.days, row.unauthorisedDays, row.pupils, row.unauthorisedPupils],
    ]),
  );
}

type KeptOver = {
  windowFrom: string;
  quarterFrom: string;
  until: string;
  quarterSchoolDays: number;
  closedDays: string[];
  patternDays: number;
  warningPct: number;
  notifyPct: number;
  consecutiveDays: number;
};

/**
 * windowDays, unauthorisedDays, longestRun per pupil over at least one threshold, as
 * lib/absence/rules.ts counts them.
 */
function expectedStanding(rows: Awaited<ReturnType<typeof register>>, rule: KeptOver) {
  const from = rule.windowFrom < rule.quarterFrom ? rule.windowFrom : rule.quarterFrom;
  const closed = new Set(rule.closedDays);
  const isSchoolDay = (day: Date) => isWeekday(day) && !closed.has(isoDay(day));
  const byPupil = new Map<string, { date: string; kind: AbsenceKind }[]>();
  for (const row of rows) {
    const date = isoDay(row.date);
    if (date < from || date > rule.until || !isSchoolDay(row.date)) continue;
    byPupil.set(row.pupilId, [...(byPupil.get(row.pupilId) ?? []), { date, kind: row.kind }]);
  }
  const result: Record<string, number[]> = {};
  for (const [pupilId, days] of byPupil) {
    const inWindow = days
      .map((d) => d.date)
      .filter((date) => date >= rule.windowFrom)
      .sort();
    let longest = 0;
    let run = 0;
    let previous: string | null = null;
    for (const date of inWindow) {
      let next = previous ? addDays(new Date(`${previous}T00:00:00Z`), 1) : null;
      while (next && !isSchoolDay(next)) next = addDays(next, 1);
      run = next && isoDay(next) === date ? run + 1 : 1;
      longest = Math.max(longest, run);
      previous = date;
    }
    const unauthorised = days.filter(
      (d) => d.kind === "UNAUTHORISED" && d.date >= rule.quarterFrom,
    ).length;
    const over =
      (inWindow.length > 0 && inWindow.length >= rule.patternDays) ||
      (unauthorised > 0 && unauthorised * 100 >= rule.warningPct * rule.quarterSchoolDays) ||
      (unauthorised > 0 && unauthorised * 100 >= rule.notifyPct * rule.quarterSchoolDays) ||
      longest >= rule.consecutiveDays;
    if (over) result[pupilId] = [inWindow.length, unauthorised, longest];
  }
  return result;
}

async function storedStanding(schoolId: string) {
  const rows = await db.absenceStanding.findMany({ where: { schoolId } });
  return Object.fromEntries(
    rows.map((row) => [row.pupilId, [row.windowDays, row.unauthorisedDays, row.longestRun]]),
  );
}

describe("the absence summaries", () => {
  it("equal the register after any sequence of writes, reads and days passing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(ops, { minLength: 5, maxLength: 30 }), async (sequence) => {
        const setup = await school();
        const state = { today: TODAY };
        for (const op of sequence) await apply(setup, op, state);

        const rows = await register(setup.schoolId);
        expect(await storedClassPeriods(setup.schoolId)).toEqual(expectedClassPeriods(rows));

        // The last read's window, kept up by the triggers since (or none read yet).
        const window = await db.absenceStandingWindow.findUnique({
          where: { schoolId: setup.schoolId },
        });
        if (window) {
          const kept = {
            ...window,
            quarterSchoolDays: window.quarterWeekdays,
            closedDays: window.closedDays.map(isoDay),
            windowFrom: isoDay(window.windowFrom),
            quarterFrom: isoDay(window.quarterFrom),
            until: isoDay(window.until),
          };
          expect(await storedStanding(setup.schoolId)).toEqual(expectedStanding(rows, kept));
        }
        // A read today brings it to today's window and thresholds, whatever happened before.
        const rule = await rulesOn(setup.schoolId, state.today);
        await ensureAbsenceStanding(db, [rule]);
        expect(await storedStanding(setup.schoolId)).toEqual(
          expectedStanding(rows, {
            ...rule,
            patternDays: rule.thresholds.patternDays,
            warningPct: rule.thresholds.unauthorisedWarningPct,
            notifyPct: rule.thresholds.unauthorisedNotifyPct,
            consecutiveDays: rule.thresholds.consecutiveDays,
          }),
        );
      }),
      { numRuns: 25 },
    );
  });

  it("give the dashboards the figures the register gives", async () => {
    const setup = await school();
    const days = fc.sample(fc.record(day), { numRuns: 300, seed: 7 });
    await apply(setup, { op: "bulk", days }, { today: TODAY });
    await apply(setup, { op: "move", pupil: 1, to: 2 }, { today: TODAY });
    await apply(setup, { op: "active", pupil: 2 }, { today: TODAY });
    // A pupil who moved to another school of the municipality, her days left where they were
    // recorded: counted at neither (the register's rows are of the pupils still at the school).
    const other = await createSchool();
    await db.pupil.update({
      where: { id: setup.pupils[0]! },
      data: { schoolId: other.id, classId: null },
    });
    expect(await db.absenceRecord.count({ where: { pupilId: setup.pupils[0]! } })).toBeGreaterThan(
      0,
    );

    for (const grade of [null, 3]) {
      const scope = aggregateScope(
        [setup.schoolId, other.id],
        { from: "2026-08-01", to: "2027-07-31", grade },
        TODAY,
      );
      const sizes = await countClassSizes(db, scope);
      expect(await countAbsence(db, scope, sizes)).toEqual(
        await countAbsence(db, scope, sizes, { source: "register" }),
      );
      const calendars = await loadRuleCalendars(db, [setup.schoolId, other.id], TODAY);
      expect(await countAbsenceTrend(db, scope, sizes, "month", calendars)).toEqual(
        await countAbsenceTrend(db, scope, sizes, "month", calendars, "register"),
      );
      // The municipal view's school totals, summed by PostgreSQL with the grade applied there,
      // are the classes' sums, from either source.
      const byClass = await countAbsence(db, scope, sizes);
      for (const source of ["auto", "register"] as const) {
        const totalsOnly = await countAbsence(db, scope, sizes, { source, byClass: false });
        for (const [schoolId, { total }] of byClass) {
          expect(totalsOnly.get(schoolId)).toEqual({ total, byClass: [] });
        }
      }
      // A past period of whole months.
      const past = aggregateScope(
        [setup.schoolId],
        { from: "2026-07-01", to: "2026-10-31", grade },
        TODAY,
      );
      expect(await countAbsenceTrend(db, past, sizes, "month", calendars)).toEqual(
        await countAbsenceTrend(db, past, sizes, "month", calendars, "register"),
      );
    }
    const year = aggregateScope(
      [setup.schoolId, other.id],
      { from: "2026-08-01", to: "2027-07-31", grade: null },
      TODAY,
    );
    const { total, byClass } = (await countAbsence(db, year, await countClassSizes(db, year))).get(
      setup.schoolId,
    )!;
    // Not all zero: the comparison above compared something.
    expect(total.absentDays).toBeGreaterThan(50);
    expect(
      (await countAbsence(db, year, await countClassSizes(db, year), { source: "register" })).get(
        other.id,
      )!.total.absentDays,
    ).toBe(0);
    // The pupils without a class (every fourth) have their row, and their days in it: the summary
    // keys them by the nil UUID, the register by no class, and both reach the same row.
    const withoutClass = byClass.find((row) => row.classId === null);
    expect(withoutClass?.absentDays).toBeGreaterThan(0);
    expect(byClass.reduce((sum, row) => sum + row.absentDays, 0)).toBe(total.absentDays);
  });
});
