/**
 * One school's case work, skewed as it is in a real school: most pupils have no timeline at all;
 * about 8 % have a concern this year (a fifth of them an earlier one too) and long timelines going
 * back a few years; another 7 % had support without a concern this year; pupils with high absence
 * have absence follow-ups; a fifth of the others a conversation or two. About 12 entries per pupil
 * overall (300,000 for 25,000 pupils), no pupil above 190 — except the benchmark's timeline pupil
 * at school 1, with exactly 200 entries of every kind and level, a concern on the forum and a
 * consent that covers the forum today. Consent registers for most pupils with concerns.
 */
import { addDays } from "@/lib/dates";
import type { AbsenceSummary } from "./absence";
import { writeAuditRow } from "./audit";
import { writeTimeline } from "./case-entries";
import { writeConcern, type ConcernInfo } from "./concerns";
import { writeConsents, type ConsentVersion } from "./consents";
import { dayOf, streamOf, type PupilModel, type Run, type SchoolModel } from "./context";
import type { Random } from "./random";

export const ENTRIES_PER_PUPIL = 12;
export const TIMELINE_PUPIL_ENTRIES = 200;
const MAX_ENTRIES = 190;

export type CaseWork = {
  /** The pupils with a concern, and the concern that is current for each. */
  concerns: Map<string, ConcernInfo>;
  consents: Map<string, ConsentVersion[]>;
  /** Pupils with a timeline of some length: whose records are opened often. */
  casePupils: PupilModel[];
};

function writeConsentAudit(
  run: Run,
  random: Random,
  school: SchoolModel,
  chain: ConsentVersion[],
  pupilId: string,
) {
  chain.forEach((version, index) =>
    writeAuditRow(run, random, {
      at: version.createdAt,
      actorId: school.staff.TRIVSELSPERSON,
      role: "TRIVSELSPERSON",
      schoolId: school.id,
      pupilId,
      action:
        index === 0 ? "consent.record" : version.withdrawn ? "consent.withdraw" : "consent.change",
      entityType: "Consent",
      entityId: version.id,
    }),
  );
}

/**
 * How many entries each long timeline gets: the budget shared by log-normal weights (`bias` twice
 * as much for a pupil with a concern), at least 2 and at most MAX_ENTRIES each; what the capped
 * timelines cannot take goes to the others.
 */
function timelineLengths(random: Random, bias: number[], budget: number): number[] {
  const weights = bias.map((factor) => random.logNormal(1, 0.7) * factor);
  const capped = new Set<number>();
  let counts: number[] = [];
  for (let round = 0; round < 3; round++) {
    const open = weights.reduce(
      (sum, weight, index) => (capped.has(index) ? sum : sum + weight),
      0,
    );
    const left = Math.max(0, budget - capped.size * MAX_ENTRIES);
    counts = weights.map((weight, index) =>
      capped.has(index) ? MAX_ENTRIES : Math.max(2, Math.round((left * weight) / open)),
    );
    counts.forEach((count, index) => count > MAX_ENTRIES && capped.add(index));
    counts = counts.map((count) => Math.min(MAX_ENTRIES, count));
  }
  return counts;
}

export function writeCaseWork(
  run: Run,
  school: SchoolModel,
  absence: Map<string, AbsenceSummary>,
): CaseWork {
  const random = streamOf(run, school, "case-work");
  const timelinePupil = school.timelinePupil;
  const active = school.pupils.filter((pupil) => pupil.active && pupil !== timelinePupil);
  const highAbsence = (pupil: PupilModel) => (absence.get(pupil.id)?.rate ?? 0) > 0.1;
  // Pupils with high absence are likelier to have a concern.
  const ordered = active
    .map((pupil) => ({ pupil, key: random.next() / (highAbsence(pupil) ? 4 : 1) }))
    .sort((a, b) => a.key - b.key)
    .map(({ pupil }) => pupil);
  const withConcern = ordered.slice(0, Math.round(active.length * 0.08));
  const supported = ordered.slice(
    withConcern.length,
    withConcern.length + Math.round(active.length * 0.07),
  );
  const rest = ordered.slice(withConcern.length + supported.length);

  const work: CaseWork = { concerns: new Map(), consents: new Map(), casePupils: [] };
  const yearDay = (from: number, to: number) => addDays(run.today, -random.int(from, to));
  /** How far back a pupil's timeline may go: not before their first school day. */
  const firstDay = (pupil: PupilModel) =>
    addDays(run.schoolYearStart, -365 * Math.min(pupil.grade, 3) - random.int(0, 200));

  const writeConcerns = (pupil: PupilModel, status?: ConcernInfo["status"]) => {
    if (!status && random.chance(0.2))
      writeConcern(run, random, school, pupil, {
        day: yearDay(250, 364),
        highAbsence: false,
        status: "CLOSED",
      });
    const concern = writeConcern(run, random, school, pupil, {
      day: status ? yearDay(60, 90) : yearDay(1, 330),
      highAbsence: highAbsence(pupil),
      status,
    });
    work.concerns.set(pupil.id, concern);
    writeAuditRow(run, random, {
      at: concern.createdAt,
      actorId: school.staff.TRIVSELSPERSON,
      role: "TRIVSELSPERSON",
      schoolId: school.id,
      pupilId: pupil.id,
      action: "concern.create",
      entityType: "Concern",
      entityId: concern.id,
      purpose: "concern",
    });
    return concern;
  };
  const writeRegister = (pupil: PupilModel, after: Date, settled = false) => {
    const yesterday = addDays(run.today, -1);
    const givenOn = after < yesterday ? after : yesterday;
    const chain = writeConsents(run, random, school, pupil, givenOn, settled);
    work.consents.set(pupil.id, chain);
    writeConsentAudit(run, random, school, chain, pupil.id);
  };

  // The light timelines first: what is left of the school's budget goes to the long ones.
  let budget = Math.round(ENTRIES_PER_PUPIL * active.length);
  for (const pupil of rest) {
    const count = highAbsence(pupil) ? random.int(1, 6) : random.chance(0.2) ? random.int(1, 3) : 0;
    if (count === 0) continue;
    writeTimeline(run, random, school, pupil, {
      count,
      from: addDays(run.today, -300),
      absence: absence.get(pupil.id),
      concern: null,
    });
    budget -= count;
  }

  const long = [...withConcern, ...supported];
  const counts = timelineLengths(
    random,
    long.map((_, index) => (index < withConcern.length ? 2 : 1)),
    budget,
  );
  long.forEach((pupil, index) => {
    const concerned = index < withConcern.length;
    const concern = concerned ? writeConcerns(pupil) : null;
    if (concerned ? random.chance(0.65) : random.chance(0.3))
      writeRegister(
        pupil,
        addDays(concern ? dayOf(concern.createdAt) : yearDay(30, 360), random.int(3, 20)),
      );
    const count = counts[index]!;
    writeTimeline(run, random, school, pupil, {
      count,
      from: firstDay(pupil),
      absence: absence.get(pupil.id),
      concern,
    });
    work.casePupils.push(pupil);
  });

  if (timelinePupil) {
    const concern = writeConcerns(timelinePupil, "ON_FORUM");
    writeRegister(timelinePupil, addDays(dayOf(concern.createdAt), 5), true);
    writeTimeline(
      run,
      random,
      school,
      timelinePupil,
      {
        count: TIMELINE_PUPIL_ENTRIES,
        from: firstDay(timelinePupil),
        absence: absence.get(timelinePupil.id),
        concern,
      },
      true,
    );
    work.casePupils.push(timelinePupil);
  }
  return work;
}
