/**
 * Absence for every pupil of both demo schools since the first school day (the second Monday of
 * August), as the schools' administrative system would export it: most pupils a few days of
 * illness now and then and a day of authorised leave, some more often ill, a minority with a lot
 * of absence, a few slipping into unlawful absence (more often on Mondays and Fridays), and a few
 * with a long illness. Nothing on days without school (weekends, public holidays and the schools'
 * holidays, context.calendar). Now and then a day only partly missed (lessons), with the parents'
 * reason where they gave one.
 *
 * For about half of the pupils who are over an absence threshold today (by the reference rules,
 * lib/absence/rules.ts) the trivselsperson has already logged an absence follow-up, so the worklist
 * and the dashboards show pupils both with and without follow-up.
 *
 * The story pupils' absence (case-entries.ts) is left as it is: those pupils are skipped. Its own
 * seeded random source, not the shared faker, so the seeds after it keep their pupils.
 */
import { DEFAULT_THRESHOLDS, evaluateAbsence, type AbsenceDay } from "@/lib/absence/rules";
import { firstSchoolDay } from "@/lib/calendar/typical-holidays";
import { addDays, isoDay } from "@/lib/dates";
import type { AbsenceKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DemoContext, DemoPupil, DemoSchool } from "./context";

const BATCH = 5_000;

/** mulberry32: a small, fast, seeded random source. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The school days from the first one of the school year (the second Monday of August) up to yesterday. */
function schoolDays(context: DemoContext): Date[] {
  const first = firstSchoolDay(context.schoolYearStart.getUTCFullYear());
  return context.calendar.schoolDaysOf(first, addDays(context.today, -1));
}

type Profile = {
  /** Chance per school day that an illness of 1…`illnessMaxDays` days begins. */
  illness: number;
  illnessMaxDays: number;
  authorised: number;
  unauthorised: number;
  /** A long illness: this many consecutive school days somewhere in the school year. */
  longIllness?: number;
};

function profileOf(roll: number, next: () => number): Profile {
  if (roll < 0.025)
    return {
      illness: 0.015,
      illnessMaxDays: 2,
      authorised: 0.003,
      unauthorised: 0.002,
      longIllness: 5 + Math.floor(next() * 7),
    };
  if (roll < 0.055)
    // Slipping into unlawful absence: days away without a word, more on Mondays and Fridays.
    return {
      illness: 0.02,
      illnessMaxDays: 2,
      authorised: 0.002,
      unauthorised: 0.09 + next() * 0.1,
    };
  if (roll < 0.09)
    // A lot of absence of every kind.
    return {
      illness: 0.07 + next() * 0.05,
      illnessMaxDays: 4,
      authorised: 0.015,
      unauthorised: 0.02 + next() * 0.03,
    };
  if (roll < 0.27)
    return { illness: 0.03, illnessMaxDays: 3, authorised: 0.006, unauthorised: 0.003 };
  return { illness: 0.013, illnessMaxDays: 3, authorised: 0.004, unauthorised: 0.001 };
}

export const ILLNESS_REASONS = [
  "Feber",
  "Forkølet",
  "Mavepine",
  "Ondt i halsen",
  "Hovedpine",
  "Omgangssyge",
  null,
  null,
];
export const AUTHORISED_REASONS = [
  "Familiebegivenhed",
  "Tandlæge og lægebesøg",
  "Ferie med familien (aftalt med klasselæreren)",
  "Begravelse i familien",
  "Sportsstævne",
];
export const PARTLY_REASONS = [
  "Gik hjem syg efter frokost",
  "Kom sent fra lægen",
  "Hentet med feber",
];

type Day = { date: Date; kind: AbsenceKind; lessons: number | null; reason: string | null };

function absenceOf(days: Date[], profile: Profile, next: () => number): Day[] {
  const result: Day[] = [];
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const longFrom =
    profile.longIllness !== undefined
      ? // Half of the long illnesses lie in the last twelve weeks.
        next() < 0.5
        ? Math.max(0, days.length - 1 - Math.floor(next() * 55) - profile.longIllness)
        : Math.floor(next() * Math.max(1, days.length - profile.longIllness))
      : -1;
  let ill = 0;
  let reason: string | null = null;
  days.forEach((date, index) => {
    if (longFrom >= 0 && index >= longFrom && index < longFrom + profile.longIllness!) {
      result.push({
        date,
        kind: "ILLNESS",
        lessons: null,
        reason: "Indlagt / længerevarende sygdom",
      });
      return;
    }
    if (ill > 0) {
      ill--;
      result.push({ date, kind: "ILLNESS", lessons: null, reason });
      return;
    }
    if (next() < profile.illness) {
      ill = Math.floor(next() * profile.illnessMaxDays);
      const partly = ill === 0 && next() < 0.25;
      reason = partly ? pick(PARTLY_REASONS) : pick(ILLNESS_REASONS);
      result.push({
        date,
        kind: "ILLNESS",
        lessons: partly ? 2 + Math.floor(next() * 3) : null,
        reason,
      });
      return;
    }
    if (next() < profile.authorised) {
      result.push({ date, kind: "AUTHORISED", lessons: null, reason: pick(AUTHORISED_REASONS) });
      return;
    }
    const weekday = date.getUTCDay();
    const unlawful = profile.unauthorised * (weekday === 1 || weekday === 5 ? 1.6 : 0.85);
    if (next() < unlawful) result.push({ date, kind: "UNAUTHORISED", lessons: null, reason: null });
  });
  return result;
}

export const FOLLOW_UPS = [
  {
    title: "Opringning til forældrene",
    contacts: ["PHONE"],
    parentsReason: "Mor fortæller, at det er svært at få ham op om morgenen.",
    outcome:
      "Aftalt, at forældrene ringer til kontoret inden kl. 8, når han ikke kommer. Ny snak om 14 dage.",
  },
  {
    title: "Møde med forældrene",
    contacts: ["MEETING"],
    parentsReason: "Hun har haft ondt i maven og vil ikke fortælle hvorfor.",
    outcome: "Forældrene kontakter egen læge. Klasselæreren tager en snak med hende om klassen.",
  },
  {
    title: "Brev om ulovligt fravær",
    contacts: ["LETTER", "PHONE"],
    parentsReason: null,
    outcome:
      "Skriftlig henvendelse om det ulovlige fravær sendt via Aula; far ringede tilbage samme dag.",
  },
  {
    title: "Hjemmebesøg",
    contacts: ["HOME_VISIT"],
    parentsReason: "Familien har det svært efter en skilsmisse.",
    outcome: "Besøg sammen med klasselæreren. Aftalt fast morgenaftale og opfølgning om to uger.",
  },
] as const;

/** Whole days of absence among the last `count` school days, in per cent. */
function recentPercent(history: Day[], days: Date[], count: number): number {
  const recent = new Set(days.slice(-count).map(isoDay));
  const absent = history.filter((day) => recent.has(isoDay(day.date))).length;
  return Math.round((absent * 1000) / Math.max(1, Math.min(count, days.length))) / 10;
}

/** Seeds the absence of both schools; returns how many records and follow-ups. */
export async function seedAbsence(
  context: DemoContext,
): Promise<{ records: number; pupils: number; followUps: number }> {
  const { db, today } = context;
  const days = schoolDays(context);
  const schools: DemoSchool[] = [context.demo, context.second];
  const taken = await db.absenceRecord.findMany({
    where: { schoolId: { in: schools.map((school) => school.id) } },
    distinct: ["pupilId"],
    select: { pupilId: true },
  });
  const storyPupils = new Set(taken.map((row) => row.pupilId));

  const next = random(20260801);
  const records: Prisma.AbsenceRecordCreateManyInput[] = [];
  const entries: Prisma.CaseEntryCreateManyInput[] = [];
  let pupils = 0;
  for (const school of schools) {
    const trivselsperson = school.users.TRIVSELSPERSON;
    for (const pupil of school.pupils) {
      const history = absenceOf(days, profileOf(next(), next), next);
      if (storyPupils.has(pupil.id) || history.length === 0) continue;
      pupils++;
      for (const day of history) {
        records.push({
          schoolId: school.id,
          pupilId: pupil.id,
          date: day.date,
          kind: day.kind,
          lessons: day.lessons,
          parentsReason: day.reason,
          source: "IMPORT",
        });
      }
      const followUp = trivselsperson ? followUpFor(pupil, school, trivselsperson, history) : null;
      if (followUp) entries.push(followUp);
    }
  }

  function followUpFor(
    pupil: DemoPupil,
    school: DemoSchool,
    authorId: string,
    history: Day[],
  ): Prisma.CaseEntryCreateManyInput | null {
    const flagged = evaluateAbsence(
      history.map((day): AbsenceDay => ({ date: day.date, kind: day.kind })),
      DEFAULT_THRESHOLDS,
      today,
      context.calendar,
    );
    if (flagged.length === 0 || next() < 0.5) return null;
    // On a school day within the last two weeks, inside every rule's window.
    const since = flagged.reduce((latest, hit) => (hit.since > latest ? hit.since : latest), "");
    const candidates = days.slice(-10).filter((day) => isoDay(day) >= since);
    const occurredOn = candidates[Math.floor(next() * candidates.length)] ?? addDays(today, -1);
    const spec = FOLLOW_UPS[Math.floor(next() * FOLLOW_UPS.length)]!;
    const followUpOn = addDays(occurredOn, 14);
    return {
      schoolId: school.id,
      pupilId: pupil.id,
      authorId,
      authorRole: "TRIVSELSPERSON",
      kind: "ABSENCE_FOLLOW_UP",
      confidentiality: "CASE",
      occurredOn,
      title: spec.title,
      details: {
        periodFrom: isoDay(days.at(-20) ?? occurredOn),
        periodTo: isoDay(occurredOn),
        absencePercent: recentPercent(history, days, 20),
        contacts: [...spec.contacts],
        parentsReason: spec.parentsReason,
        outcome: spec.outcome,
      },
      followUpOn,
      followUpOwnerId: authorId,
      createdAt: new Date(occurredOn.getTime() + 13 * 3_600_000),
    };
  }

  for (let start = 0; start < records.length; start += BATCH) {
    await db.absenceRecord.createMany({
      data: records.slice(start, start + BATCH),
      skipDuplicates: true,
    });
  }
  await db.caseEntry.createMany({ data: entries });
  return { records: records.length, pupils, followUps: entries.length };
}
