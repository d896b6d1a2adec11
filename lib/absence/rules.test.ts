import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PUBLIC_HOLIDAYS_ONLY, SchoolCalendar } from "@/lib/calendar/school-calendar";
import { typicalHolidays } from "@/lib/calendar/typical-holidays";
import { addDays } from "@/lib/dates";
import { isWeekday, startOfQuarter, weekdaysBetween } from "@/lib/worklist/school-days";
import { DEFAULT_THRESHOLDS, evaluateAbsence, type AbsenceDay } from "./rules";

const TODAY = new Date("2026-11-20T00:00:00Z"); // a Friday
/** The last n school days up to today, newest first. */
function schoolDaysBack(n: number): Date[] {
  const days: Date[] = [];
  for (let day = TODAY; days.length < n; day = addDays(day, -1)) if (isWeekday(day)) days.push(day);
  return days;
}

const rules = (history: AbsenceDay[], overrides = {}) =>
  evaluateAbsence(
    history,
    { ...DEFAULT_THRESHOLDS, ...overrides },
    TODAY,
    PUBLIC_HOLIDAYS_ONLY,
  ).map((hit) => hit.rule);

describe("absence rules at their boundaries", () => {
  const quarterDays = weekdaysBetween(startOfQuarter(TODAY), TODAY); // 1 Oct – 20 Nov 2026: 37

  it("warns at exactly 10 % unlawful absence in the quarter, not one day below", () => {
    const atTen = Math.ceil(quarterDays * 0.1);
    const days = schoolDaysBack(atTen).map((date) => ({ date, kind: "UNAUTHORISED" as const }));
    expect(rules(days, { consecutiveDays: 99 })).toContain("UNAUTHORISED_WARNING");
    expect(rules(days.slice(1), { consecutiveDays: 99 })).not.toContain("UNAUTHORISED_WARNING");
  });

  it("asks for a notification at 15 %, instead of the warning", () => {
    const atFifteen = Math.ceil(quarterDays * 0.15);
    const days = schoolDaysBack(atFifteen).map((date) => ({ date, kind: "UNAUTHORISED" as const }));
    expect(rules(days, { consecutiveDays: 99 })).toEqual(
      expect.arrayContaining(["UNAUTHORISED_NOTIFY"]),
    );
    expect(rules(days, { consecutiveDays: 99 })).not.toContain("UNAUTHORISED_WARNING");
    expect(rules(days.slice(1), { consecutiveDays: 99 })).toContain("UNAUTHORISED_WARNING");
  });

  it("counts illness toward the pattern but not toward the unlawful share", () => {
    const days = schoolDaysBack(60)
      .filter((_, index) => index % 4 === 0)
      .map((date) => ({ date, kind: "ILLNESS" as const }));
    expect(days).toHaveLength(15);
    expect(rules(days)).toEqual(["PATTERN"]);
    expect(rules(days.slice(1))).toEqual([]);
  });

  it("finds five school days in a row across a weekend, and not four", () => {
    // Thursday, Friday, Monday, Tuesday, Wednesday.
    const run = ["2026-11-12", "2026-11-13", "2026-11-16", "2026-11-17", "2026-11-18"].map(
      (date) => ({
        date: new Date(`${date}T00:00:00Z`),
        kind: "ILLNESS" as const,
      }),
    );
    expect(rules(run)).toEqual(["CONSECUTIVE"]);
    expect(rules(run.slice(1))).toEqual([]);
  });

  it("ignores weekends and days after today", () => {
    const saturday = { date: new Date("2026-11-14T00:00:00Z"), kind: "UNAUTHORISED" as const };
    const monday = { date: new Date("2026-11-23T00:00:00Z"), kind: "UNAUTHORISED" as const };
    expect(rules(Array.from({ length: 20 }, () => saturday).concat(monday))).toEqual([]);
  });
});

describe("absence rules as properties", () => {
  const history = fc.uniqueArray(
    fc.record({
      back: fc.integer({ min: 0, max: 120 }),
      kind: fc.constantFrom("ILLNESS", "AUTHORISED", "UNAUTHORISED"),
    }),
    { selector: (day) => day.back, maxLength: 80 },
  );
  const toDays = (entries: { back: number; kind: string }[]) =>
    entries.map(({ back, kind }) => ({
      date: addDays(TODAY, -back),
      kind: kind as AbsenceDay["kind"],
    }));

  it("never fires the pattern with fewer absent school days in the window than the threshold", () => {
    fc.assert(
      fc.property(history, (entries) => {
        const hits = evaluateAbsence(
          toDays(entries),
          DEFAULT_THRESHOLDS,
          TODAY,
          PUBLIC_HOLIDAYS_ONLY,
        );
        const pattern = hits.find((hit) => hit.rule === "PATTERN");
        if (pattern) expect(pattern.days).toBeGreaterThanOrEqual(DEFAULT_THRESHOLDS.patternDays);
      }),
      { numRuns: 500 },
    );
  });

  it("is monotone: more absence never silences a rule", () => {
    const calendar = new SchoolCalendar(typicalHolidays(2026));
    fc.assert(
      fc.property(history, history, (some, more) => {
        const base = toDays(some);
        const extra = toDays(more).filter(
          (day) => !base.some((existing) => existing.date.getTime() === day.date.getTime()),
        );
        const before = new Set(
          evaluateAbsence(base, DEFAULT_THRESHOLDS, TODAY, calendar).map((hit) => hit.rule),
        );
        const after = new Set(
          evaluateAbsence([...base, ...extra], DEFAULT_THRESHOLDS, TODAY, calendar).map(
            (hit) => hit.rule,
          ),
        );
        for (const rule of before) {
          // Crossing from the warning to the notify level replaces the warning.
          if (rule === "UNAUTHORISED_WARNING" && after.has("UNAUTHORISED_NOTIFY")) continue;
          expect(after.has(rule)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("absence rules over the school's calendar", () => {
  const calendar = new SchoolCalendar([...typicalHolidays(2025), ...typicalHolidays(2026)]);
  const absent = (from: string, to: string, kind: AbsenceDay["kind"] = "ILLNESS") =>
    calendar
      .schoolDaysOf(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`))
      .map((date) => ({ date, kind }));

  it("bridges the autumn holiday in a run of absence, as it bridges a weekend", () => {
    // Wednesday 7 to Friday 9 October, the holiday week 42, Monday 19 and Tuesday 20 October.
    const days = [...absent("2026-10-07", "2026-10-09"), ...absent("2026-10-19", "2026-10-20")];
    const today = new Date("2026-10-20T00:00:00Z");
    const hits = evaluateAbsence(days, DEFAULT_THRESHOLDS, today, calendar);
    expect(hits).toContainEqual({ rule: "CONSECUTIVE", days: 5, since: "2026-10-07" });
    // Without the holiday, the five weekdays of week 42 break the run.
    const plain = evaluateAbsence(days, DEFAULT_THRESHOLDS, today, PUBLIC_HOLIDAYS_ONLY);
    expect(plain.map((hit) => hit.rule)).not.toContain("CONSECUTIVE");
  });

  it("counts 15 of the last 60 school days back past the summer holiday", () => {
    // Absent eleven school days from 28 April, and four after the summer holiday.
    const days = [...absent("2026-04-28", "2026-05-12"), ...absent("2026-08-10", "2026-08-13")];
    expect(days).toHaveLength(15);
    const today = new Date("2026-08-14T00:00:00Z");
    const hits = evaluateAbsence(days, DEFAULT_THRESHOLDS, today, calendar);
    expect(hits.find((hit) => hit.rule === "PATTERN")).toMatchObject({ days: 15, schoolDays: 60 });
    // Counted as weekdays, the 60 would be mostly the empty summer, and the spring's outside.
    const plain = evaluateAbsence(days, DEFAULT_THRESHOLDS, today, PUBLIC_HOLIDAYS_ONLY);
    expect(plain.map((hit) => hit.rule)).not.toContain("PATTERN");
  });

  it("leaves out absence registered on a day without school", () => {
    const inHoliday = absent("2026-10-05", "2026-10-09").map((day) => ({
      ...day,
      date: addDays(day.date, 7), // the same weekdays of week 42
    }));
    const today = new Date("2026-10-23T00:00:00Z");
    expect(evaluateAbsence(inHoliday, DEFAULT_THRESHOLDS, today, calendar)).toEqual([]);
  });
});
