/**
 * A pupil's timeline (trivselsmappe): entries of every kind, each by an author of the right
 * profession at the confidentiality that profession writes at (lib/auth/policy.ts: the
 * trivselsperson's CASE, the others' PROFESSION compartment, FORUM when shared, PRIVATE working
 * notes), with details that pass the kind's schema (lib/case-entries/kinds.ts). Entries grow
 * denser towards today; a quarter set a follow-up (most done, some overdue), a few were edited
 * (their earlier versions kept as revisions), and notifications get their Notification row.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseEntryKind, Confidentiality, Role } from "@/lib/generated/prisma/enums";
import { CONTACT_METHODS, CONVERSATION_WITH } from "@/lib/case-entries/constants";
import { CASE_ENTRY_KINDS } from "@/lib/case-entries/kinds";
import { receiptDueOn } from "@/lib/case-entries/notification-rules";
import { addDays, isoDay } from "@/lib/dates";
import type { AbsenceSummary } from "./absence";
import { writeAuditRow } from "./audit";
import { isSchoolDay } from "./calendar";
import type { ConcernInfo } from "./concerns";
import { duringWorkday, type PupilModel, type Run, type SchoolModel } from "./context";
import type { Random } from "./random";
import * as text from "./texts";

type Author = "TRIVSELSPERSON" | "PPR" | "HEALTH_NURSE" | "FAMILY_COUNSELLOR" | "SSP";

const AUTHORS = [
  ["TRIVSELSPERSON", 72],
  ["PPR", 8],
  ["HEALTH_NURSE", 8],
  ["FAMILY_COUNSELLOR", 6],
  ["SSP", 6],
] as const satisfies readonly (readonly [Author, number])[];

/** The trivselsperson's kinds; more absence follow-ups for a pupil with high absence. */
function trivselspersonKinds(highAbsence: boolean) {
  return [
    ["CONVERSATION", 38],
    ["NOTE", 22],
    ["ABSENCE_FOLLOW_UP", highAbsence ? 30 : 8],
    ["SCHOOL_HOME_CONVERSATION", highAbsence ? 8 : 2],
    ["REFERRAL", 5],
    ["HANDOVER", 2],
    ["NOTIFICATION", 1.5],
  ] as const satisfies readonly (readonly [CaseEntryKind, number])[];
}
const PROFESSION_KINDS = [
  ["CONVERSATION", 50],
  ["NOTE", 40],
  ["REFERRAL", 8],
  ["NOTIFICATION", 2],
] as const satisfies readonly (readonly [CaseEntryKind, number])[];

const TITLES: Record<CaseEntryKind, readonly (string | null)[]> = {
  CONVERSATION: text.CONVERSATION_TITLES,
  ABSENCE_FOLLOW_UP: [
    "Opringning til forældrene",
    "Hjemmebesøg",
    "Møde med forældrene",
    "Brev om ulovligt fravær",
  ],
  SCHOOL_HOME_CONVERSATION: ["Skole-hjem-samtale om fraværet"],
  REFERRAL: ["Henvisning"],
  HANDOVER: ["Overlevering", "Indskrivningssamtale"],
  NOTIFICATION: ["Underretning"],
  NOTE: [null, "Notat", "Til mig selv", "Observation"],
};

export type TimelinePlan = {
  count: number;
  /** The first day the timeline may start. */
  from: Date;
  absence: AbsenceSummary | undefined;
  concern: ConcernInfo | null;
};

/** One entry's kind-specific fields, valid for the kind's schema. */
function detailsOf(
  random: Random,
  pupil: PupilModel,
  kind: CaseEntryKind,
  author: Author,
  occurredOn: Date,
  absence: AbsenceSummary | undefined,
): Prisma.JsonValue {
  const sex = pupil.sex;
  const pick = (list: readonly (string | null)[]) => {
    const value = random.pick(list);
    return value === null ? null : text.about(sex, value);
  };
  switch (kind) {
    case "CONVERSATION":
      return {
        with: random.pick(CONVERSATION_WITH),
        notes: text.compose(random, sex, text.CONVERSATION_OPENINGS, text.CONVERSATION_MIDDLES),
        agreements: random.chance(0.8) ? pick(text.AGREEMENTS) : null,
      };
    case "ABSENCE_FOLLOW_UP": {
      const percent = Math.max(0, (absence?.recentRate ?? 0.08) * 100 + random.next() * 4 - 2);
      return {
        periodFrom: isoDay(addDays(occurredOn, -30)),
        periodTo: isoDay(occurredOn),
        absencePercent: Math.round(percent * 10) / 10,
        contacts: random.sample(CONTACT_METHODS, random.int(1, 2)),
        parentsReason: pick(text.ABSENCE_PARENTS_REASONS),
        outcome: pick(text.ABSENCE_OUTCOMES)!,
      };
    }
    case "SCHOOL_HOME_CONVERSATION": {
      const template = text.SCHOOL_HOME;
      return {
        participants: random.pick(template.participants),
        pupilPerspective: pick(template.pupilPerspective),
        homePerspective: pick(template.homePerspective),
        schoolPerspective: pick(template.schoolPerspective),
        academic: pick(template.academic),
        social: pick(template.social),
        atHome: pick(template.atHome),
        childSays: pick(template.childSays),
        agreements: random.pick(template.agreements),
        responsibilities: random.pick(template.responsibilities),
        followUpHow: random.pick(template.followUpHow),
        tovholder: "Trivselspersonen",
      };
    }
    case "REFERRAL":
      return {
        partner: random.pick(text.REFERRAL_PARTNERS),
        reason: random.pick(text.REFERRAL_REASONS),
        consentNote: random.chance(0.7) ? "Skriftligt samtykke fra forældrene." : null,
      };
    case "HANDOVER":
      return {
        direction: random.chance(0.6) ? "INCOMING" : "OUTGOING",
        otherSchool: random.pick(text.OTHER_SCHOOLS),
        contactPerson: random.chance(0.7) ? "Trivselspersonen på den anden skole" : null,
        wellbeingNeeds: random.pick(text.HANDOVER_NEEDS),
      };
    case "NOTIFICATION": {
      const parentsInformed = random.chance(0.8);
      return {
        reason: random.pick(text.NOTIFICATION_REASONS),
        parentsInformed,
        parentsNotInformedWhy: parentsInformed ? null : random.pick(text.NOT_INFORMED_WHY),
      };
    }
    case "NOTE":
      return { text: text.about(sex, random.pick(text.NOTE_TEXTS[author])) };
  }
}

function confidentialityOf(random: Random, author: Author): Confidentiality {
  return random.weighted([
    [author === "TRIVSELSPERSON" ? "CASE" : "PROFESSION", 75],
    ["FORUM", 15],
    ["PRIVATE", 10],
  ] as const);
}

/** A school day (or today) `position` of the way from `from` to today, denser towards today. */
function dayOn(run: Run, from: Date, position: number): Date {
  const span = Math.max(0, Math.floor((run.today.getTime() - from.getTime()) / 86_400_000));
  let day = addDays(from, Math.floor((1 - (1 - position) ** 2) * span));
  while (!isSchoolDay(day) && day > from) day = addDays(day, -1);
  return day;
}

/**
 * Writes `plan.count` entries on the pupil's timeline. `mixed` (the timeline pupil) has every kind
 * and every confidentiality level for certain.
 */
export function writeTimeline(
  run: Run,
  random: Random,
  school: SchoolModel,
  pupil: PupilModel,
  plan: TimelinePlan,
  mixed = false,
): void {
  const highAbsence = (plan.absence?.rate ?? 0) > 0.1;
  const days = Array.from({ length: plan.count }, () => dayOn(run, plan.from, random.next())).sort(
    (a, b) => a.getTime() - b.getTime(),
  );
  days.forEach((occurredOn, index) => {
    // The mixed timeline opens with one entry of each kind, then draws; its levels take turns.
    const opening = mixed && index < CASE_ENTRY_KINDS.length;
    const author: Author = opening ? "TRIVSELSPERSON" : random.weighted(AUTHORS);
    const kinds = author === "TRIVSELSPERSON" ? trivselspersonKinds(highAbsence) : PROFESSION_KINDS;
    const kind = opening ? CASE_ENTRY_KINDS[index]! : random.weighted(kinds);
    const confidentiality: Confidentiality = mixed
      ? ([author === "TRIVSELSPERSON" ? "CASE" : "PROFESSION", "FORUM", "PRIVATE"] as const)[
          index % 3
        ]!
      : confidentialityOf(random, author);
    writeEntry(run, random, school, pupil, {
      occurredOn,
      author,
      kind,
      confidentiality,
      details: detailsOf(random, pupil, kind, author, occurredOn, plan.absence),
      concernId:
        plan.concern && occurredOn >= plan.concern.createdAt && random.chance(0.7)
          ? plan.concern.id
          : null,
    });
  });
}

function writeEntry(
  run: Run,
  random: Random,
  school: SchoolModel,
  pupil: PupilModel,
  entry: {
    occurredOn: Date;
    author: Author;
    kind: CaseEntryKind;
    confidentiality: Confidentiality;
    details: Prisma.JsonValue;
    concernId: string | null;
  },
) {
  const { occurredOn, kind, confidentiality, details } = entry;
  const authorRole: Role = entry.author;
  const authorId = school.staff[entry.author];
  const createdAt = duringWorkday(random, occurredOn);
  const id = random.uuid(createdAt);
  const title = random.pick(TITLES[kind]);

  const followUpOn =
    kind !== "NOTIFICATION" && random.chance(0.25) ? addDays(occurredOn, random.int(5, 30)) : null;
  const followUpDoneAt =
    followUpOn && addDays(followUpOn, 3) < run.today && random.chance(0.85)
      ? duringWorkday(random, addDays(followUpOn, random.int(0, 3)))
      : null;

  // A few entries were edited afterwards: each earlier version is kept as a revision.
  const edits = random.chance(0.05) ? random.int(1, 2) : 0;
  let updatedAt = followUpDoneAt ?? createdAt;
  for (let version = 1; version <= edits; version++) {
    const editedAt = new Date(
      Math.min(createdAt.getTime() + version * random.int(1, 10) * 86_400_000, run.today.getTime()),
    );
    run.writer.add("CaseEntryRevision", {
      id: random.uuid(editedAt),
      caseEntryId: id,
      version,
      editedById: authorId,
      editedAt,
      snapshot: {
        occurredOn: isoDay(occurredOn),
        title: version === 1 ? null : title,
        confidentiality: version === 1 && confidentiality === "FORUM" ? "CASE" : confidentiality,
        details,
        followUpOn: followUpOn ? isoDay(followUpOn) : null,
      },
    });
    if (editedAt > updatedAt) updatedAt = editedAt;
  }

  run.writer.add("CaseEntry", {
    id,
    schoolId: school.id,
    pupilId: pupil.id,
    concernId: entry.concernId,
    authorId,
    authorRole,
    kind,
    confidentiality,
    occurredOn,
    title,
    details,
    followUpOn,
    followUpOwnerId: followUpOn ? authorId : null,
    followUpDoneAt,
    createdAt,
    updatedAt,
    version: 1 + edits,
  });
  writeAuditRow(run, random, {
    at: createdAt,
    actorId: authorId,
    role: authorRole,
    schoolId: school.id,
    pupilId: pupil.id,
    action: "case-entry.create",
    entityType: "CaseEntry",
    entityId: id,
    details: { kind, confidentiality },
  });

  if (kind === "NOTIFICATION") {
    const facts = details as {
      reason: string;
      parentsInformed: boolean;
      parentsNotInformedWhy: string | null;
    };
    const due = receiptDueOn(occurredOn);
    const received = due < run.today && random.chance(0.9);
    const receiptReceivedOn = received ? addDays(occurredOn, random.int(1, 6)) : null;
    const feedbackOn =
      receiptReceivedOn && addDays(receiptReceivedOn, 30) < run.today && random.chance(0.6)
        ? addDays(receiptReceivedOn, random.int(7, 30))
        : null;
    run.writer.add("Notification", {
      id: random.uuid(createdAt),
      schoolId: school.id,
      pupilId: pupil.id,
      caseEntryId: id,
      authorId,
      madeOn: occurredOn,
      reason: facts.reason,
      parentsInformed: facts.parentsInformed,
      parentsNotInformedWhy: facts.parentsNotInformedWhy,
      receiptDueOn: due,
      receiptReceivedOn,
      municipalityFeedback: feedbackOn
        ? "Sagen er modtaget og behandles af Familiegruppen. Familien er indkaldt til samtale."
        : null,
      municipalityFeedbackOn: feedbackOn,
      createdAt,
      updatedAt: feedbackOn ? duringWorkday(random, feedbackOn) : createdAt,
      version: 1 + (receiptReceivedOn ? 1 : 0) + (feedbackOn ? 1 : 0),
    });
  }
}
