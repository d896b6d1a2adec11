/**
 * The trivselsperson's worklist (DESIGN.md §9): what waits today, each item one click from the
 * pupil or from the item itself. The sections are read at once, each on its own connection, and
 * nothing is returned before one audit row per pupil shown is written (a failing audit insert
 * fails the page). The sections show what is needed to act — never a case entry's content.
 */
import "server-only";
import { recordPupilReads } from "@/lib/audit";
import { loadMyOpenTasks, type MyTaskRow } from "@/lib/action-plans/my-actions";
import {
  assertCan,
  concernScope,
  consentScope,
  forumMeetingScope,
  myFollowUpScope,
  type Actor,
} from "@/lib/auth/policy";
import { pupilLabelSelect, toPupilLabel, type PupilLabel } from "@/lib/concerns/shared";
import { addDays, daysBetween, isoDay, todayInDenmark } from "@/lib/dates";
import { db } from "@/lib/db/client";
import type {
  CaseEntryKind,
  ConcernCategory,
  ConcernLevel,
  ConsentScope,
} from "@/lib/generated/prisma/enums";
import { findAbsenceWithoutFollowUp, type AbsenceSection } from "./absence";

/** Follow-ups due within this many days are on the list. */
export const FOLLOW_UP_HORIZON_DAYS = 7;
/** Consents that run out within this many days … */
export const CONSENT_EXPIRY_HORIZON_DAYS = 30;
/** … or ran out at most this many days ago. */
export const CONSENT_EXPIRED_SHOWN_DAYS = 14;
/** Each section shows at most this many items and says how many there are in all. */
export const SECTION_LIMIT = 50;

export type Section<T> = { items: T[]; total: number };

export type WorklistConcern = {
  id: string;
  pupil: PupilLabel;
  level: ConcernLevel;
  categories: ConcernCategory[];
  raisedByName: string;
  /** ISO timestamp. */
  raisedAt: string;
  ageDays: number;
};

export type WorklistFollowUp = {
  entryId: string;
  kind: CaseEntryKind;
  pupil: PupilLabel;
  /** "YYYY-MM-DD" */
  followUpOn: string;
  overdue: boolean;
  /** Assigned to the user (otherwise unassigned). */
  assignedToMe: boolean;
};

export type WorklistConsent = {
  id: string;
  pupil: PupilLabel;
  scopes: ConsentScope[];
  /** "YYYY-MM-DD" */
  validUntil: string;
  /** Negative once expired. */
  daysLeft: number;
};

export type WorklistMeeting = {
  id: string;
  /** ISO timestamp. */
  startsAt: string;
  place: string;
  agendaItems: number;
};

export type Worklist = {
  /** "YYYY-MM-DD" */
  today: string;
  newConcerns: Section<WorklistConcern>;
  followUps: Section<WorklistFollowUp>;
  absence: AbsenceSection;
  consents: Section<WorklistConsent>;
  /** My open actions and feedback to parents, by due date (overdue first). */
  myActions: Section<MyTaskRow>;
  nextMeeting: WorklistMeeting | null;
};

export async function getWorklist(actor: Actor, options: { today?: Date } = {}): Promise<Worklist> {
  assertCan(actor, "worklist:view");
  const today = options.today ?? todayInDenmark();

  const concernWhere = { AND: [concernScope(actor), { status: "NEW" as const }] };
  const followUpWhere = {
    AND: [
      myFollowUpScope(actor, today),
      { followUpOn: { lte: addDays(today, FOLLOW_UP_HORIZON_DAYS) } },
    ],
  };
  const consentWhere = {
    AND: [
      consentScope(actor),
      {
        supersededBy: { is: null },
        decision: "GIVEN" as const,
        withdrawnOn: null,
        validUntil: {
          gte: addDays(today, -CONSENT_EXPIRED_SHOWN_DAYS),
          lte: addDays(today, CONSENT_EXPIRY_HORIZON_DAYS),
        },
        pupil: { active: true },
      },
    ],
  };

  // The sections are independent reads: each on its own pooled connection, at once. Nothing is
  // returned before the audit rows of the pupils shown are written (below): fail closed.
  const [
    concerns,
    concernTotal,
    followUps,
    followUpTotal,
    absence,
    consents,
    consentTotal,
    actions,
    meeting,
  ] = await Promise.all([
    db.concern.findMany({
      where: concernWhere,
      // Red first (the enum's order is green, yellow, red), then the longest waiting.
      orderBy: [{ level: "desc" }, { createdAt: "asc" }, { id: "asc" }],
      take: SECTION_LIMIT,
      select: {
        id: true,
        level: true,
        categories: true,
        createdAt: true,
        raisedBy: { select: { name: true } },
        pupil: { select: pupilLabelSelect },
      },
    }),
    db.concern.count({ where: concernWhere }),
    db.caseEntry.findMany({
      where: followUpWhere,
      orderBy: [{ followUpOn: "asc" }, { id: "asc" }],
      take: SECTION_LIMIT,
      // Kind, pupil and date: never the entry's title or content.
      select: {
        id: true,
        kind: true,
        followUpOn: true,
        followUpOwnerId: true,
        pupil: { select: pupilLabelSelect },
      },
    }),
    db.caseEntry.count({ where: followUpWhere }),
    findAbsenceWithoutFollowUp(db, actor, today, SECTION_LIMIT),
    db.consent.findMany({
      where: consentWhere,
      orderBy: [{ validUntil: "asc" }, { id: "asc" }],
      take: SECTION_LIMIT,
      select: {
        id: true,
        scopes: true,
        validUntil: true,
        pupil: { select: pupilLabelSelect },
      },
    }),
    db.consent.count({ where: consentWhere }),
    loadMyOpenTasks(db, actor, today),
    db.forumMeeting.findFirst({
      where: { AND: [forumMeetingScope(actor), { status: "PLANNED", startsAt: { gte: today } }] },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: { id: true, startsAt: true, place: true, _count: { select: { agendaItems: true } } },
    }),
  ]);
  const shownActions = actions.rows.slice(0, SECTION_LIMIT);

  const worklist: Worklist = {
    today: isoDay(today),
    newConcerns: {
      total: concernTotal,
      items: concerns.map((row) => ({
        id: row.id,
        pupil: toPupilLabel(row.pupil),
        level: row.level,
        categories: row.categories,
        raisedByName: row.raisedBy.name,
        raisedAt: row.createdAt.toISOString(),
        ageDays: Math.max(0, daysBetween(todayInDenmark(row.createdAt), today)),
      })),
    },
    followUps: {
      total: followUpTotal,
      items: followUps.map((row) => ({
        entryId: row.id,
        kind: row.kind,
        pupil: toPupilLabel(row.pupil),
        // The scope only lets entries with a follow-up day through.
        followUpOn: isoDay(row.followUpOn!),
        overdue: row.followUpOn!.getTime() < today.getTime(),
        assignedToMe: row.followUpOwnerId === actor.userId,
      })),
    },
    absence,
    consents: {
      total: consentTotal,
      items: consents.map((row) => ({
        id: row.id,
        pupil: toPupilLabel(row.pupil),
        scopes: row.scopes,
        validUntil: isoDay(row.validUntil),
        daysLeft: daysBetween(today, row.validUntil),
      })),
    },
    myActions: { total: actions.rows.length, items: shownActions },
    nextMeeting: meeting
      ? {
          id: meeting.id,
          startsAt: meeting.startsAt.toISOString(),
          place: meeting.place,
          agendaItems: meeting._count.agendaItems,
        }
      : null,
  };

  await recordPupilReads(db, actor, { action: "worklist.read", purpose: "worklist" }, [
    ...worklist.newConcerns.items.map((item) => item.pupil.id),
    ...worklist.followUps.items.map((item) => item.pupil.id),
    ...worklist.absence.items.map((item) => item.pupil.id),
    ...worklist.consents.items.map((item) => item.pupil.id),
    ...shownActions.flatMap((row) =>
      row.source.kind === "forum" && row.source.pupil ? [row.source.pupil.id] : [],
    ),
  ]);
  return worklist;
}
