/**
 * The leadership dashboard and the municipality view on a real database: who may open them, the
 * figures on small hand-built datasets, small-cell suppression over every figure they return,
 * one school's data never in another school's dashboard, and the municipality view covering
 * exactly the municipality's active schools without anything pupil-level.
 *
 * Today is Wednesday 18 November 2026; the quarter began on 1 October (35 weekdays so far).
 */
import { describe, expect, it } from "vitest";
import { ALL_ROLES, ForbiddenError, type Actor } from "@/lib/auth/policy";
import type { DashboardFilter } from "@/lib/dashboard/filters";
import { getMunicipalityDashboard } from "@/lib/dashboard/municipality";
import {
  countConcerns,
  countFirstAction,
  countForum,
  countWorkload,
} from "@/lib/dashboard/queries";
import { aggregateScope } from "@/lib/dashboard/load";
import { getSchoolDashboard, type SchoolDashboard } from "@/lib/dashboard/school";
import { SUPPRESSED, WITHHELD } from "@/lib/dashboard/suppression";
import { db } from "@/lib/db/client";
import type { AbsenceKind } from "@/lib/generated/prisma/enums";
import {
  actorAt,
  createActor,
  createClass,
  createConsent,
  createForumMeeting,
  createItemWithPlan,
  createParentFeedback,
  createPupil,
  createSchool,
  createUser,
} from "../support/factories";

const TODAY = new Date("2026-11-18T00:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** Two school weeks in November: 10 weekdays. */
const TWO_WEEKS: DashboardFilter = { from: "2026-11-02", to: "2026-11-13", grade: null };

type School = Awaited<ReturnType<typeof createSchool>>;

async function pupilsIn(school: School, grade: number, count: number, name = "Elev") {
  const schoolClass = await createClass(school.id, { grade, letter: "A" });
  const pupils = [];
  for (let index = 0; index < count; index++) {
    pupils.push(
      await createPupil(school.id, {
        classId: schoolClass.id,
        firstName: `${name}${grade}x${index}`,
        lastName: `Efternavn${grade}x${index}`,
      }),
    );
  }
  return { schoolClass, pupils };
}

async function absent(
  school: School,
  pupil: { id: string },
  entries: [iso: string, kind: AbsenceKind][],
) {
  await db.absenceRecord.createMany({
    data: entries.map(([iso, kind]) => ({
      schoolId: school.id,
      pupilId: pupil.id,
      date: day(iso),
      kind,
      source: "MANUAL" as const,
    })),
  });
}

async function concern(
  school: School,
  pupilId: string,
  raisedById: string,
  overrides: { createdAt: Date; firstActionAt?: Date | null; closedAt?: Date | null },
) {
  return db.concern.create({
    data: {
      schoolId: school.id,
      pupilId,
      raisedById,
      source: "TEACHER",
      categories: ["SOCIAL", "ABSENCE"],
      level: "YELLOW",
      description: "Beskrivelse, som overblikket aldrig viser",
      status: overrides.closedAt ? "CLOSED" : overrides.firstActionAt ? "IN_PROGRESS" : "NEW",
      createdAt: overrides.createdAt,
      firstActionAt: overrides.firstActionAt ?? null,
      closedAt: overrides.closedAt ?? null,
      coordinatorId: overrides.firstActionAt ? raisedById : null,
    },
  });
}

/** Forum actions on one plan: `overdue` open and past due, `open` open and not due, `done` done. */
async function actions(
  school: School,
  trivsel: Actor,
  counts: { overdue: number; open: number; done: number },
) {
  const meeting = await createForumMeeting(school.id, trivsel.userId, {
    startsAt: new Date("2026-11-03T13:00:00Z"),
    status: "HELD",
    participants: [trivsel.userId],
  });
  const { plan } = await createItemWithPlan(meeting, { position: 1, title: "Tema" });
  const action = (dueOn: Date, status: "OPEN" | "DONE") => ({
    schoolId: school.id,
    planId: plan.id,
    description: "Handling",
    responsibleKind: "USER" as const,
    responsibleUserId: trivsel.userId,
    dueOn,
    status,
    completedAt: status === "DONE" ? new Date("2026-11-05T10:00:00Z") : null,
  });
  await db.action.createMany({
    data: [
      ...Array.from({ length: counts.overdue }, () => action(day("2026-11-10"), "OPEN")),
      ...Array.from({ length: counts.open }, () => action(day("2026-12-10"), "OPEN")),
      ...Array.from({ length: counts.done }, () => action(day("2026-11-06"), "DONE")),
    ],
  });
  return { meeting, plan };
}

/**
 * Every number in a dashboard, by the key it sits under. Outside the filter and the school's
 * threshold settings (parameters, not figures), a number is a count — which must be 5 or more —
 * or, under a key ending in Pct or Per100 or named medianDays, a rate or a median.
 */
const NOT_FIGURES = new Set(["filter", "thresholdSettings", "grades", "grade", "schoolDays"]);
const MEASURE = /(Pct|Per100|^medianDays)$/;

function numbersIn(
  value: unknown,
  key = "",
  path = "$",
): { path: string; key: string; n: number }[] {
  if (NOT_FIGURES.has(key)) return [];
  if (typeof value === "number") return [{ path, key, n: value }];
  if (Array.isArray(value))
    return value.flatMap((item, index) => numbersIn(item, key, `${path}[${index}]`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => numbersIn(v, k, `${path}.${k}`));
  return [];
}

function expectEveryCountSuppressed(dashboard: unknown) {
  const numbers = numbersIn(dashboard);
  const counts = numbers.filter((entry) => !MEASURE.test(entry.key));
  const small = counts.filter((entry) => entry.n < 5);
  expect(small, "counts below 5 that were shown").toEqual([]);
  return numbers;
}

function markersIn(value: unknown): number {
  const json = JSON.stringify(value);
  return (json.match(/"<5"/g) ?? []).length + (json.match(/"withheld"/g) ?? []).length;
}

describe("who may open the dashboards", () => {
  it.each(ALL_ROLES.filter((role) => role !== "LEADERSHIP"))(
    "refuses the school dashboard to %s",
    async (role) => {
      const school = await createSchool();
      const someone = await createActor(school, [role]);
      await expect(getSchoolDashboard(someone, { today: TODAY })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    },
  );

  it.each(ALL_ROLES.filter((role) => role !== "MUNICIPALITY"))(
    "refuses the municipality view to %s",
    async (role) => {
      const school = await createSchool();
      const someone = await createActor(school, [role]);
      await expect(getMunicipalityDashboard(someone, { today: TODAY })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    },
  );

  it("refuses both to someone with no role at the school, and the municipal role the school's own", async () => {
    const school = await createSchool();
    const guest = actorAt(await createUser(), school, []);
    await expect(getSchoolDashboard(guest, { today: TODAY })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(getMunicipalityDashboard(guest, { today: TODAY })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const consultant = await createActor(school, ["MUNICIPALITY"]);
    await expect(getSchoolDashboard(consultant, { today: TODAY })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});

describe("the figures, on a small hand-built school", () => {
  it("computes absence by class and over time, time to first action and overdue actions", async () => {
    const school = await createSchool();
    const leader = await createActor(school, ["LEADERSHIP"]);
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const fifth = await pupilsIn(school, 5, 10);
    const sixth = await pupilsIn(school, 6, 6);
    const seventh = await pupilsIn(school, 7, 8);

    // 5.A: five pupils ill one day and away without leave another, one ill two days: 12 of 100.
    for (const pupil of fifth.pupils.slice(0, 5))
      await absent(school, pupil, [
        ["2026-11-03", "ILLNESS"],
        ["2026-11-10", "UNAUTHORISED"],
      ]);
    await absent(school, fifth.pupils[5]!, [
      ["2026-11-04", "ILLNESS"],
      ["2026-11-11", "ILLNESS"],
    ]);
    // 6.A: two pupils one day each — too few to show.
    for (const pupil of sixth.pupils.slice(0, 2))
      await absent(school, pupil, [["2026-11-05", "AUTHORISED"]]);
    // 7.A: five pupils two days each: 10 of 80.
    for (const pupil of seventh.pupils.slice(0, 5))
      await absent(school, pupil, [
        ["2026-11-09", "ILLNESS"],
        ["2026-11-12", "ILLNESS"],
      ]);
    // Outside the period, and on a Saturday: not counted.
    await absent(school, seventh.pupils[7]!, [
      ["2026-10-28", "ILLNESS"],
      ["2026-11-07", "ILLNESS"],
    ]);

    // Concerns raised 3 November, acted on after 0, 1, 2, 3 and 10 days, one not yet: median 2.
    const raised = new Date("2026-11-03T09:00:00Z");
    for (const [index, after] of [0, 1, 2, 3, 10].entries())
      await concern(school, fifth.pupils[index]!.id, trivsel.userId, {
        createdAt: raised,
        firstActionAt: new Date(raised.getTime() + after * 86_400_000 + 3_600_000),
      });
    await concern(school, fifth.pupils[6]!.id, trivsel.userId, { createdAt: raised });

    // Forum actions: five overdue, one open and not due, one done in the period.
    await actions(school, trivsel, { overdue: 5, open: 1, done: 1 });

    const dashboard = await getSchoolDashboard(leader, { filter: TWO_WEEKS, today: TODAY });
    const { figures } = dashboard;
    expect(dashboard.until).toBe("2026-11-13");
    expect(figures.pupils).toBe(24);
    // 24 days of absence over 24 pupils × 10 school days; 5 unlawful days of 240.
    expect(figures.absence).toEqual({ schoolDays: 10, ratePct: 10, unauthorisedPct: 2.1 });
    expect(
      dashboard.absenceByClass.map((row) => [
        row.className,
        row.pupils,
        row.ratePct,
        row.unauthorisedPct,
      ]),
    ).toEqual([
      // 5.A: 12 %; its unlawful 5 % is withheld beside the two hidden ones, or the school's
      // unlawful rate would give them away.
      ["5.A", 10, 12, WITHHELD],
      // 6.A: two pupils away — hidden.
      ["6.A", 6, SUPPRESSED, SUPPRESSED],
      // 7.A: 12.5 %, withheld beside 6.A (it has fewer pupils away than 5.A).
      ["7.A", 8, WITHHELD, SUPPRESSED],
    ]);
    // Week 45: 8 days of 120; week 46: 16 of 120.
    expect(dashboard.absenceByWeek).toEqual([
      { start: "2026-11-02", ratePct: 6.7, unauthorisedPct: SUPPRESSED },
      { start: "2026-11-09", ratePct: 13.3, unauthorisedPct: WITHHELD },
    ]);
    expect(figures.absenceByMonth).toEqual([
      { start: "2026-11-01", ratePct: 10, unauthorisedPct: 2.1 },
    ]);

    expect(figures.firstAction.concerns).toBe(6);
    expect(figures.firstAction.medianDays).toBe(2);
    // 1, 2, 1, 1, 0 and 1 in the buckets: all hidden.
    expect(figures.firstAction.buckets.map((row) => row.count)).toEqual(Array(6).fill(SUPPRESSED));
    expect(figures.concerns).toMatchObject({ raised: 6, open: 6, closed: SUPPRESSED });
    expect(figures.concerns.byCategory.find((row) => row.category === "SOCIAL")?.count).toBe(6);

    expect(figures.forum).toMatchObject({
      meetingsHeld: SUPPRESSED,
      itemsDiscussed: SUPPRESSED,
      actionsOpen: 6,
      actionsOverdue: 5,
      actionsDone: SUPPRESSED,
    });
    expect(dashboard.workload).toEqual([
      {
        userId: trivsel.userId,
        name: trivsel.name,
        // The five concerns acted on have her as tovholder.
        openConcerns: 5,
        followUpsDue: SUPPRESSED,
        openActions: 6,
        entriesThisMonth: SUPPRESSED,
      },
    ]);
    expectEveryCountSuppressed(dashboard);
  });

  it("counts pupils over each threshold with and without follow-up, and names only those without", async () => {
    const school = await createSchool();
    const leader = await createActor(school, ["LEADERSHIP"]);
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const { pupils } = await pupilsIn(school, 8, 12, "Grænse");
    // Four unlawful Mondays this quarter: 4 of 35 weekdays, over 10 %, under 15 %.
    const mondays: [string, AbsenceKind][] = [
      ["2026-10-05", "UNAUTHORISED"],
      ["2026-10-12", "UNAUTHORISED"],
      ["2026-10-19", "UNAUTHORISED"],
      ["2026-10-26", "UNAUTHORISED"],
    ];
    for (const pupil of pupils.slice(0, 10)) await absent(school, pupil, mondays);
    // Five of them already followed up.
    for (const pupil of pupils.slice(5, 10)) {
      await db.caseEntry.create({
        data: {
          schoolId: school.id,
          pupilId: pupil.id,
          authorId: trivsel.userId,
          authorRole: "TRIVSELSPERSON",
          kind: "ABSENCE_FOLLOW_UP",
          confidentiality: "CASE",
          occurredOn: day("2026-11-10"),
          details: { note: "opfølgning" },
        },
      });
    }

    const dashboard = await getSchoolDashboard(leader, { today: TODAY });
    expect(dashboard.figures.thresholds.rules).toEqual([
      { rule: "NOTIFY", withFollowUp: SUPPRESSED, withoutFollowUp: SUPPRESSED },
      { rule: "WARNING", withFollowUp: 5, withoutFollowUp: 5 },
      { rule: "PATTERN", withFollowUp: SUPPRESSED, withoutFollowUp: SUPPRESSED },
      { rule: "CONSECUTIVE", withFollowUp: SUPPRESSED, withoutFollowUp: SUPPRESSED },
    ]);
    expect(dashboard.figures.thresholds.withoutFollowUp).toBe(5);
    // 5 of 12 pupils.
    expect(dashboard.figures.thresholds.withoutFollowUpPer100).toBe(41.7);
    const listed = dashboard.overThreshold.items.map((item) => item.pupil.id).sort();
    expect(listed).toEqual(
      pupils
        .slice(0, 5)
        .map((pupil) => pupil.id)
        .sort(),
    );
    expect(dashboard.overThreshold.items.every((item) => item.rules.join() === "WARNING")).toBe(
      true,
    );
    expect(dashboard.overThreshold.more).toBe(false);

    // Each named pupil has a line in the audit trail; the others none.
    const audited = await db.auditLog.findMany({
      where: { actorId: leader.userId, action: "dashboard.read" },
      select: { pupilId: true, schoolId: true },
    });
    expect(audited.map((row) => row.pupilId).sort()).toEqual(listed);
    expect(new Set(audited.map((row) => row.schoolId))).toEqual(new Set([school.id]));

    // No audit line, no names: an audit insert that fails fails the dashboard (this file's
    // database is its own, so the trigger troubles no other test).
    await db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_dashboard_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.action = 'dashboard.read' THEN RAISE EXCEPTION 'audit refused'; END IF;
        RETURN NEW;
      END $$`);
    await db.$executeRawUnsafe(`
      CREATE TRIGGER refuse_dashboard_audit BEFORE INSERT ON "AuditLog"
        FOR EACH ROW EXECUTE FUNCTION refuse_dashboard_audit()`);
    try {
      await expect(getSchoolDashboard(leader, { today: TODAY })).rejects.toThrow(/audit refused/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_dashboard_audit ON "AuditLog"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_dashboard_audit()`);
    }
    expect(await db.auditLog.count({ where: { actorId: leader.userId } })).toBe(audited.length);

    // A grade without these pupils: nobody over, nobody named.
    const seventh = await getSchoolDashboard(leader, {
      today: TODAY,
      filter: { from: "2026-08-01", to: "2027-07-31", grade: 7 },
    });
    expect(seventh.overThreshold.items).toEqual([]);
    expect(seventh.figures.thresholds.rules[1]).toEqual({
      rule: "WARNING",
      withFollowUp: SUPPRESSED,
      withoutFollowUp: SUPPRESSED,
    });
  });
});

describe("a period's days are Denmark's", () => {
  // Winter time (UTC+1): 1 November 2026 begins at 23:00 UTC on 31 October, 30 November ends at
  // 23:00 UTC on 30 November.
  const NOVEMBER: DashboardFilter = { from: "2026-11-01", to: "2026-11-30", grade: null };
  const justBefore = new Date("2026-10-31T22:59:59Z");
  const firstMoment = new Date("2026-10-31T23:00:00Z");
  const lastMoment = new Date("2026-11-30T22:59:59Z");
  const justAfter = new Date("2026-11-30T23:00:00Z");

  it("counts concerns, first actions and forum work from midnight to midnight in Denmark", async () => {
    const school = await createSchool();
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const { pupils } = await pupilsIn(school, 4, 6);
    const { pupils: fifth } = await pupilsIn(school, 5, 1);
    // Raised: the 23:59:59 of 31 October is October's; midnight begins November.
    await concern(school, pupils[0]!.id, trivsel.userId, { createdAt: justBefore });
    await concern(school, pupils[1]!.id, trivsel.userId, {
      createdAt: firstMoment,
      // Acted on at 00:30 on 2 November in Denmark: one calendar day later.
      firstActionAt: new Date("2026-11-01T23:30:00Z"),
    });
    await concern(school, pupils[2]!.id, trivsel.userId, {
      createdAt: lastMoment,
      // Closed in the first second of December: open at the end of November.
      closedAt: justAfter,
    });
    await concern(school, pupils[3]!.id, trivsel.userId, { createdAt: justAfter });
    // Closed in November's last second: closed in the period, no longer open at its end.
    await concern(school, pupils[4]!.id, trivsel.userId, {
      createdAt: justBefore,
      closedAt: lastMoment,
    });
    // Closed in November's first moment: closed in the period; a second before it: in no count.
    await concern(school, pupils[5]!.id, trivsel.userId, {
      createdAt: new Date("2026-09-01T10:00:00Z"),
      closedAt: firstMoment,
    });
    await concern(school, pupils[5]!.id, trivsel.userId, {
      createdAt: new Date("2026-09-01T10:00:00Z"),
      closedAt: justBefore,
    });
    await concern(school, fifth[0]!.id, trivsel.userId, {
      createdAt: firstMoment,
      firstActionAt: firstMoment,
    });
    const { plan } = await actions(school, trivsel, { overdue: 0, open: 0, done: 0 });
    for (const completedAt of [justBefore, firstMoment, lastMoment, justAfter])
      await db.action.create({
        data: {
          schoolId: school.id,
          planId: plan.id,
          description: "Handling",
          responsibleKind: "USER",
          responsibleUserId: trivsel.userId,
          dueOn: day("2026-11-20"),
          status: "DONE",
          completedAt,
        },
      });
    for (const startsAt of [justBefore, firstMoment, lastMoment, justAfter])
      await createForumMeeting(school.id, trivsel.userId, { startsAt, status: "HELD" });

    const december = day("2026-12-15");
    const scope = aggregateScope([school.id], NOVEMBER, december);
    const concerns = (await countConcerns(db, scope)).get(school.id)!;
    expect(concerns).toMatchObject({ raised: 3, closed: 2, open: 4 });
    expect(concerns.byGrade).toEqual(
      new Map([
        [4, 3],
        [5, 1],
      ]),
    );
    expect((await countFirstAction(db, scope)).get(school.id)).toMatchObject({
      concerns: 3,
      acted: 2,
      medianDays: 0.5,
      buckets: { SAME_DAY: 1, DAYS_1_2: 1, NOT_YET: 1 },
    });
    // The grade filter, on the same figures: grade 5's one concern, acted on the same day.
    const fifthGrade = aggregateScope([school.id], { ...NOVEMBER, grade: 5 }, december);
    expect((await countFirstAction(db, fifthGrade)).get(school.id)).toMatchObject({
      concerns: 1,
      acted: 1,
      medianDays: 0,
    });
    expect((await countConcerns(db, fifthGrade)).get(school.id)).toMatchObject({
      raised: 1,
      open: 1,
    });
    // The meeting on the plan (3 November) and two of the four at the edges were held in November.
    expect((await countForum(db, scope)).get(school.id)).toMatchObject({
      meetingsHeld: 3,
      actionsDone: 2,
    });
  });
});

describe("the workload", () => {
  it("counts what each trivselsperson wrote this month by the day in Denmark, at this school", async () => {
    const school = await createSchool();
    const elsewhere = await createSchool({ municipalityId: school.municipalityId });
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    await createActor(elsewhere, ["TRIVSELSPERSON"], { userId: trivsel.userId });
    const colleague = await createActor(school, ["TRIVSELSPERSON"]);
    const pupil = await createPupil(school.id);
    const other = await createPupil(elsewhere.id);
    const entry = (author: Actor, pupilId: string, schoolId: string, iso: string) => ({
      schoolId,
      pupilId,
      authorId: author.userId,
      authorRole: "TRIVSELSPERSON" as const,
      kind: "NOTE" as const,
      confidentiality: "CASE" as const,
      occurredOn: new Date(`${iso.slice(0, 10)}T00:00:00Z`),
      title: "Samtale",
      details: { text: "Samtale" },
      createdAt: new Date(iso),
    });
    // Friday 4 December 2026; Denmark is at UTC+1.
    await db.caseEntry.createMany({
      data: [
        entry(trivsel, pupil.id, school.id, "2026-11-30T22:59:59Z"), // 30 November 23:59:59 there
        entry(trivsel, pupil.id, school.id, "2026-11-30T23:00:00Z"), // 1 December, midnight
        entry(trivsel, pupil.id, school.id, "2026-12-02T12:00:00Z"),
        entry(trivsel, pupil.id, school.id, "2026-12-04T22:59:59Z"), // today, 23:59:59
        entry(trivsel, pupil.id, school.id, "2026-12-04T23:00:00Z"), // tomorrow there
        entry(trivsel, pupil.id, school.id, "2026-12-04T23:30:00Z"),
        entry(trivsel, other.id, elsewhere.id, "2026-12-02T12:00:00Z"), // at another school
        entry(colleague, pupil.id, school.id, "2026-12-03T08:00:00Z"),
      ],
    });

    const rows = await countWorkload(db, school.id, "2026-12-04");
    const written = new Map(rows.map((row) => [row.userId, row.entriesThisMonth]));
    expect(written).toEqual(
      new Map([
        [trivsel.userId, 3],
        [colleague.userId, 1],
      ]),
    );
  });
});

describe("small-cell suppression", () => {
  /** A school where almost everything is a small group: a class of three, one concern, one meeting … */
  async function smallSchool(municipalityId?: string) {
    const school = await createSchool({ municipalityId });
    const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
    const tiny = await pupilsIn(school, 2, 3, "Lille");
    const big = await pupilsIn(school, 4, 12, "Stor");
    await absent(school, tiny.pupils[0]!, [
      ["2026-11-03", "ILLNESS"],
      ["2026-11-04", "UNAUTHORISED"],
    ]);
    for (const pupil of big.pupils.slice(0, 7))
      await absent(school, pupil, [["2026-11-05", "ILLNESS"]]);
    // One pupil over every threshold: 15 unlawful days this quarter, five of them in a row.
    const run: [string, AbsenceKind][] = [
      "2026-10-05",
      "2026-10-06",
      "2026-10-07",
      "2026-10-08",
      "2026-10-09",
      "2026-10-13",
      "2026-10-14",
      "2026-10-15",
      "2026-10-20",
      "2026-10-21",
      "2026-10-22",
      "2026-10-27",
      "2026-10-28",
      "2026-10-29",
      "2026-11-02",
    ].map((iso) => [iso, "UNAUTHORISED"]);
    await absent(school, big.pupils[11]!, run);
    await concern(school, tiny.pupils[1]!.id, trivsel.userId, {
      createdAt: new Date("2026-09-01T08:00:00Z"),
      firstActionAt: new Date("2026-09-02T08:00:00Z"),
    });
    await concern(school, big.pupils[1]!.id, trivsel.userId, {
      createdAt: new Date("2026-09-10T08:00:00Z"),
      firstActionAt: new Date("2026-09-10T10:00:00Z"),
      closedAt: new Date("2026-10-10T10:00:00Z"),
    });
    const { plan } = await actions(school, trivsel, { overdue: 1, open: 2, done: 3 });
    await createParentFeedback(plan, trivsel.userId, { dueOn: day("2026-11-01") });
    await createConsent(school.id, tiny.pupils[2]!.id, trivsel.userId, {
      validFrom: day("2026-01-01"),
      validUntil: day("2026-12-01"),
    });
    return { school, trivsel, tiny, big };
  }

  it("holds for every figure of the school dashboard, filtered or not", async () => {
    const { school } = await smallSchool();
    const leader = await createActor(school, ["LEADERSHIP"]);
    for (const filter of [
      undefined,
      TWO_WEEKS,
      { from: "2026-08-01", to: "2027-07-31", grade: 2 },
      { from: "2026-11-01", to: "2026-11-30", grade: 4 },
      { from: "2027-03-01", to: "2027-04-01", grade: null },
    ]) {
      const dashboard = await getSchoolDashboard(leader, { today: TODAY, filter });
      expectEveryCountSuppressed(dashboard);
      expect(markersIn(dashboard), JSON.stringify(filter)).toBeGreaterThan(10);
      // The class of three: its pupils and its rates are hidden.
      const tiny = dashboard.absenceByClass.find((row) => row.className === "2.A");
      if (tiny) expect([tiny.pupils, tiny.ratePct]).toEqual([SUPPRESSED, SUPPRESSED]);
      // One concern acted on: no median.
      expect(dashboard.figures.firstAction.medianDays).toBe(SUPPRESSED);
    }
  });

  it("holds for every figure of the municipality view", async () => {
    const { school } = await smallSchool();
    await smallSchool(school.municipalityId);
    const consultant = await createActor(school, ["MUNICIPALITY"]);
    const view = await getMunicipalityDashboard(consultant, { today: TODAY });
    expect(view.schools).toHaveLength(2);
    expectEveryCountSuppressed(view);
    expect(markersIn(view)).toBeGreaterThan(20);
    for (const { figures } of view.schools) {
      // A rate per 100 pupils is never shown beside a hidden count.
      expect(figures.concerns.open).toBe(SUPPRESSED);
      expect(figures.concerns.openPer100).toBe(SUPPRESSED);
      expect(figures.thresholds.withoutFollowUpPer100).toBe(SUPPRESSED);
    }
  });

  it("draws no bar for a hidden figure: the DTO holds no number where a figure is hidden", async () => {
    const { school } = await smallSchool();
    const leader = await createActor(school, ["LEADERSHIP"]);
    const dashboard: SchoolDashboard = await getSchoolDashboard(leader, {
      today: TODAY,
      filter: TWO_WEEKS,
    });
    // The tiny class had 2 days of absence: neither its rate nor its day count is anywhere.
    const json = JSON.stringify(dashboard);
    expect(json).not.toMatch(/"absentDays"|"absentPupils"|"unauthorisedDays"/);
    expect(dashboard.absenceByClass.find((row) => row.className === "2.A")?.ratePct).toBe(
      SUPPRESSED,
    );
  });
});

describe("one school's dashboard, and nothing of another", () => {
  it("is not moved by another school's data, and never opens another school", async () => {
    const schoolA = await createSchool();
    const schoolB = await createSchool({ municipalityId: schoolA.municipalityId });
    const leaderA = await createActor(schoolA, ["LEADERSHIP"]);
    const trivselA = await createActor(schoolA, ["TRIVSELSPERSON"]);
    const a = await pupilsIn(schoolA, 3, 8);
    for (const pupil of a.pupils.slice(0, 6))
      await absent(schoolA, pupil, [["2026-11-04", "ILLNESS"]]);
    await actions(schoolA, trivselA, { overdue: 5, open: 0, done: 5 });

    const before = await getSchoolDashboard(leaderA, { today: TODAY });

    // School B: a lot of everything, also in the same grade and on the same days.
    const trivselB = await createActor(schoolB, ["TRIVSELSPERSON"]);
    const b = await pupilsIn(schoolB, 3, 20, "Andenskole");
    for (const pupil of b.pupils)
      await absent(schoolB, pupil, [
        ["2026-11-04", "ILLNESS"],
        ["2026-11-05", "UNAUTHORISED"],
      ]);
    for (const pupil of b.pupils.slice(0, 8))
      await concern(schoolB, pupil.id, trivselB.userId, {
        createdAt: new Date("2026-10-01T08:00:00Z"),
      });
    await actions(schoolB, trivselB, { overdue: 9, open: 3, done: 7 });
    const after = await getSchoolDashboard(leaderA, { today: TODAY });
    expect(after).toEqual(before);
    expect(after.school.id).toBe(schoolA.id);
    expect(JSON.stringify(after)).not.toContain("Andenskole");

    // Leader of A with no role at B: no dashboard of B; the function takes no school to ask for.
    const leaderAtB = actorAt(
      { id: leaderA.userId, name: leaderA.name, email: leaderA.email },
      schoolB,
      [],
    );
    await expect(getSchoolDashboard(leaderAtB, { today: TODAY })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("refuses leadership at a school that is no longer active", async () => {
    const school = await createSchool();
    const leader = await createActor(school, ["LEADERSHIP"]);
    await db.school.update({ where: { id: school.id }, data: { active: false } });
    await expect(getSchoolDashboard(leader, { today: TODAY })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});

describe("the municipality view", () => {
  it("covers exactly the municipality's active schools and holds nothing pupil-level", async () => {
    const north = await createSchool({ name: "Nordskolen test" });
    const south = await createSchool({
      name: "Sydskolen test",
      municipalityId: north.municipalityId,
    });
    const closed = await createSchool({
      name: "Lukket skole test",
      municipalityId: north.municipalityId,
    });
    await db.school.update({ where: { id: closed.id }, data: { active: false } });
    const elsewhere = await createSchool({ name: "Anden kommunes skole" });

    const pupilRows = [];
    for (const school of [north, south, elsewhere]) {
      const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
      const { pupils } = await pupilsIn(school, 6, 12, "Navnesen");
      pupilRows.push(...pupils);
      for (const pupil of pupils) {
        await absent(school, pupil, [
          ["2026-10-05", "UNAUTHORISED"],
          ["2026-10-12", "UNAUTHORISED"],
          ["2026-10-19", "UNAUTHORISED"],
          ["2026-10-26", "UNAUTHORISED"],
        ]);
        await concern(school, pupil.id, trivsel.userId, {
          createdAt: new Date("2026-10-01T08:00:00Z"),
          firstActionAt: new Date("2026-10-02T08:00:00Z"),
        });
      }
    }
    const consultant = await createActor(north, ["MUNICIPALITY"]);
    const view = await getMunicipalityDashboard(consultant, { today: TODAY });

    expect(view.schools.map((school) => school.name)).toEqual([
      "Nordskolen test",
      "Sydskolen test",
    ]);
    const json = JSON.stringify(view);
    expect(json).not.toContain(elsewhere.id);
    expect(json).not.toContain(closed.id);
    expect(json).not.toContain("Anden kommunes skole");
    // No pupil, no class: no name, no id of either anywhere.
    for (const pupil of pupilRows) {
      expect(json).not.toContain(pupil.id);
      expect(json).not.toContain(pupil.firstName);
      expect(json).not.toContain(pupil.lastName);
      if (pupil.classId) expect(json).not.toContain(pupil.classId);
    }
    expect(json).not.toContain("Navnesen");
    expect(json).not.toMatch(/"pupil"|"overThreshold"|"absenceByClass"|"workload"/);

    // Comparable: rates beside counts, the same at both schools here.
    for (const { figures } of view.schools) {
      expect(figures.pupils).toBe(12);
      expect(figures.concerns.open).toBe(12);
      expect(figures.concerns.openPer100).toBe(100);
      expect(figures.thresholds.rules[1]).toEqual({
        rule: "WARNING",
        withFollowUp: SUPPRESSED,
        withoutFollowUp: 12,
      });
      expect(figures.firstAction.medianDays).toBe(1);
    }
    // The municipal consultant's role at one school gives nothing of that school's pupils.
    await expect(getSchoolDashboard(consultant, { today: TODAY })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("is empty for a municipality without active schools", async () => {
    const school = await createSchool();
    const consultant = await createActor(school, ["MUNICIPALITY"]);
    await db.school.update({ where: { id: school.id }, data: { active: false } });
    const view = await getMunicipalityDashboard(consultant, { today: TODAY });
    expect(view.schools).toEqual([]);
  });
});
