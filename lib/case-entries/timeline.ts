/**
 * The pupil's record (trivselsmappe): the header beside the timeline, and the timeline itself,
 * newest first. Two queries make the timeline: every entry's metadata (that it exists, its date,
 * kind and profession), and the content of only those entries the policy lets the actor read —
 * content the actor may not read is never fetched, so it cannot leak into the page.
 */
import "server-only";
import { SchoolCalendar } from "@/lib/calendar/school-calendar";
import { auditedPupilRead } from "@/lib/audit";
import {
  can,
  caseEntryContentScope,
  caseEntryReadScope,
  concernScope,
  emergencyGrantFor,
  pupilRecordScope,
  validForumConsentWhere,
  type Actor,
} from "@/lib/auth/policy";
import type { Tx } from "@/lib/db/client";
import { addDays, isoDay, todayInDenmark } from "@/lib/dates";
import { NotFoundError } from "@/lib/errors";
import type {
  CaseEntryKind,
  ConcernCategory,
  ConcernLevel,
  ConcernStatus,
  Confidentiality,
  Role,
} from "@/lib/generated/prisma/enums";
import { z } from "zod";
import { readDetails, type EntryDetails } from "./kinds";

export type PupilHeader = {
  id: string;
  firstName: string;
  lastName: string;
  className: string | null;
  dateOfBirth: string;
  active: boolean;
  guardians: {
    id: string;
    name: string;
    relation: string | null;
    phone: string | null;
    email: string | null;
    hasParentalAuthority: boolean;
  }[];
  openConcerns: {
    id: string;
    level: ConcernLevel;
    categories: ConcernCategory[];
    status: ConcernStatus;
    createdAt: string;
  }[];
  /** The current consent covering the forum, when valid today. */
  forumConsentUntil: string | null;
  /** Absence over the last 60 days, when any is registered. */
  absence: { days: number; schoolDays: number; percent: number } | null;
};

type EntryMeta = {
  id: string;
  kind: CaseEntryKind;
  occurredOn: string;
  authorRole: Role;
  confidentiality: Confidentiality;
};

export type ReadableEntry = EntryMeta & {
  readable: true;
  title: string | null;
  authorId: string;
  authorName: string;
  content: EntryDetails | null;
  followUpOn: string | null;
  followUpOwnerName: string | null;
  followUpDone: boolean;
  notification: {
    receiptDueOn: string;
    receiptReceivedOn: string | null;
    municipalityFeedback: string | null;
    version: number;
  } | null;
  revisionCount: number;
  version: number;
  updatedAt: string;
  /** Only the author edits an entry; the history keeps every earlier version. */
  canEdit: boolean;
  /** Readable only through an emergency access: read-only, no follow-up or receipt controls. */
  throughEmergency: boolean;
};

/** An entry the actor may not read: that it exists, never what it says. */
export type RestrictedEntry = EntryMeta & { readable: false };

export type TimelineEntry = ReadableEntry | RestrictedEntry;

export type PupilRecord = {
  pupil: PupilHeader;
  /** The newest entries first, as many as asked for (`limit`), every one by default. */
  entries: TimelineEntry[];
  /** How many entries the timeline holds in all (with the filter). */
  total: number;
  /** Whether any entry, shown or not, is one the actor may not read, and of which levels. */
  restricted: Confidentiality[];
};

/** The pupil page shows the newest entries, this many, and links to the rest. */
export const TIMELINE_PAGE_SIZE = 50;

const ABSENCE_WINDOW_DAYS = 60;

/** Opening a pupil's record: audited before anything is read (fail closed). */
export async function getPupilRecord(
  actor: Actor,
  pupilId: string,
  options: {
    kinds?: CaseEntryKind[];
    /** At most this many entries, the newest; all when not given. */
    limit?: number;
    /** An entry that must be among those shown (a link to it), however old. */
    include?: string;
  } = {},
): Promise<PupilRecord> {
  if (!can(actor, "pupil:open-record")) throw new NotFoundError("pupil");
  if (!z.uuid().safeParse(pupilId).success) throw new NotFoundError("pupil");
  const today = todayInDenmark();
  const grant = emergencyGrantFor(actor, pupilId);
  const record = await auditedPupilRead(
    actor,
    {
      action: "pupil.read",
      pupilId,
      entityType: "Pupil",
      entityId: pupilId,
      purpose: grant ? "emergency-access" : "case-work",
      details: {
        kinds: options.kinds ?? null,
        ...(grant ? { emergencyAccessId: grant.id } : {}),
      },
    },
    async (tx) => {
      const pupil = await readHeader(tx, actor, pupilId, today);
      if (!pupil) return null;
      return { pupil, ...(await readTimeline(tx, actor, pupilId, today, options)) };
    },
  );
  return record;
}

async function readHeader(
  tx: Tx,
  actor: Actor,
  pupilId: string,
  today: Date,
): Promise<PupilHeader | null> {
  const from = addDays(today, -ABSENCE_WINDOW_DAYS);
  const pupil = await tx.pupil.findFirst({
    where: { id: pupilId, ...pupilRecordScope(actor) },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      dateOfBirth: true,
      active: true,
      class: { select: { grade: true, letter: true } },
      guardians: {
        select: {
          id: true,
          name: true,
          relation: true,
          phone: true,
          email: true,
          hasParentalAuthority: true,
        },
        orderBy: [{ hasParentalAuthority: "desc" }, { name: "asc" }],
      },
      concerns: {
        where: { ...concernScope(actor), status: { not: "CLOSED" } },
        select: { id: true, level: true, categories: true, status: true, createdAt: true },
        orderBy: { createdAt: "desc" },
      },
      consents: {
        where: validForumConsentWhere(today),
        select: { validUntil: true },
        orderBy: { validUntil: "desc" },
        take: 1,
      },
      // The days of absence in the window, counted in the same statement, and the school's
      // holidays in it: the school days they are a share of.
      _count: { select: { absenceRecords: { where: { date: { gt: from, lte: today } } } } },
      school: {
        select: {
          holidays: {
            where: { to: { gt: from }, from: { lte: today } },
            select: { name: true, from: true, to: true },
          },
        },
      },
    },
  });
  if (!pupil) return null;
  const absenceDays = pupil._count.absenceRecords;
  const schoolDays = new SchoolCalendar(pupil.school.holidays).schoolDaysBetween(
    addDays(from, 1),
    today,
  );
  return {
    id: pupil.id,
    firstName: pupil.firstName,
    lastName: pupil.lastName,
    className: pupil.class ? `${pupil.class.grade}.${pupil.class.letter}` : null,
    dateOfBirth: isoDay(pupil.dateOfBirth),
    active: pupil.active,
    guardians: pupil.guardians,
    openConcerns: pupil.concerns.map((concern) => ({
      ...concern,
      createdAt: concern.createdAt.toISOString(),
    })),
    forumConsentUntil: pupil.consents[0] ? isoDay(pupil.consents[0].validUntil) : null,
    absence:
      absenceDays && schoolDays
        ? {
            days: absenceDays,
            schoolDays,
            percent: Math.round((absenceDays / schoolDays) * 1000) / 10,
          }
        : null,
  };
}

async function readTimeline(
  tx: Tx,
  actor: Actor,
  pupilId: string,
  today: Date,
  options: { kinds?: CaseEntryKind[]; limit?: number; include?: string },
): Promise<Omit<PupilRecord, "pupil">> {
  const where = {
    pupilId,
    schoolId: actor.schoolId,
    ...(options.kinds?.length ? { kind: { in: options.kinds } } : {}),
  };
  // One query at a time: a transaction has one connection. That every entry exists (its date,
  // kind and profession) is read for all; the content only of those shown, and of those only
  // the ones the policy's scope lets the actor read.
  const all = await tx.caseEntry.findMany({
    where,
    select: { id: true, kind: true, occurredOn: true, authorRole: true, confidentiality: true },
    orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
  });
  const included = options.include ? all.findIndex((entry) => entry.id === options.include) : -1;
  const shown = all.slice(0, Math.max(options.limit ?? all.length, included + 1));
  const readable = await tx.caseEntry.findMany({
    where: {
      AND: [
        { id: { in: shown.map((entry) => entry.id) } },
        where,
        caseEntryReadScope(actor, today),
      ],
    },
    select: {
      id: true,
      kind: true,
      title: true,
      details: true,
      authorId: true,
      author: { select: { name: true } },
      followUpOn: true,
      followUpDoneAt: true,
      followUpOwner: { select: { name: true } },
      version: true,
      updatedAt: true,
      notification: {
        select: {
          receiptDueOn: true,
          receiptReceivedOn: true,
          municipalityFeedback: true,
          version: true,
        },
      },
      _count: { select: { revisions: true } },
    },
  });
  const contentById = new Map(readable.map((entry) => [entry.id, entry]));
  // With an emergency access, which of them the actor reads without it (its writes stay there).
  const withoutGrant = emergencyGrantFor(actor, pupilId)
    ? new Set(
        (
          await tx.caseEntry.findMany({
            where: { AND: [where, caseEntryContentScope(actor, today)] },
            select: { id: true },
          })
        ).map((entry) => entry.id),
      )
    : null;
  const entries = shown.map((meta): TimelineEntry => {
    const base: EntryMeta = { ...meta, occurredOn: isoDay(meta.occurredOn) };
    const entry = contentById.get(meta.id);
    if (!entry) return { ...base, readable: false };
    return {
      ...base,
      readable: true,
      title: entry.title,
      authorId: entry.authorId,
      authorName: entry.author.name,
      content: readDetails(entry.kind, entry.details),
      followUpOn: entry.followUpOn ? isoDay(entry.followUpOn) : null,
      followUpOwnerName: entry.followUpOwner?.name ?? null,
      followUpDone: entry.followUpDoneAt !== null,
      notification: entry.notification
        ? {
            receiptDueOn: isoDay(entry.notification.receiptDueOn),
            receiptReceivedOn: entry.notification.receiptReceivedOn
              ? isoDay(entry.notification.receiptReceivedOn)
              : null,
            municipalityFeedback: entry.notification.municipalityFeedback,
            version: entry.notification.version,
          }
        : null,
      revisionCount: entry._count.revisions,
      version: entry.version,
      updatedAt: entry.updatedAt.toISOString(),
      canEdit: entry.authorId === actor.userId,
      throughEmergency: withoutGrant !== null && !withoutGrant.has(entry.id),
    };
  });
  // Which levels the actor may not read, over every entry: the shown ones are known from their
  // content; the others (beyond the page) are asked of the scope, ids only.
  const readableIds = new Set(contentById.keys());
  if (shown.length < all.length)
    for (const entry of await tx.caseEntry.findMany({
      where: { AND: [where, caseEntryReadScope(actor, today)] },
      select: { id: true },
    }))
      readableIds.add(entry.id);
  const restricted = new Set(
    all.flatMap((entry) => (readableIds.has(entry.id) ? [] : [entry.confidentiality])),
  );
  return { entries, total: all.length, restricted: [...restricted] };
}
