/**
 * Indsigt (GDPR art. 15): everything the school holds on one pupil, for the school's
 * data-protection function to hand to the guardians — as a printable page and as JSON, built
 * from the same object so the two cannot differ.
 *
 * Left out on purpose: other children (a group's other participants, the class's work log and
 * class conference notes, which speak of the whole class) and PRIVATE working notes (the
 * author's own, never part of the record). Free text written by staff can still name another
 * child; the page says so, and the person answering the request reads it through before handing
 * it out. Audited as an export ("privacy.access-request.export") before anything is read.
 */
import "server-only";
import { z } from "zod";
import { auditedPupilRead } from "@/lib/audit";
import { assertCan, schoolScope, type Actor } from "@/lib/auth/policy";
import { isoDay } from "@/lib/dates";
import type { Tx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

export type AccessRequestFormat = "html" | "json";

export type AccessRequest = {
  generatedAt: string;
  school: string;
  pupil: {
    id: string;
    firstName: string;
    lastName: string;
    dateOfBirth: string;
    externalId: string;
    className: string | null;
    active: boolean;
    leftOn: string | null;
    legalHold: boolean;
  };
  guardians: {
    name: string;
    relation: string | null;
    email: string | null;
    phone: string | null;
    address: string | null;
    hasParentalAuthority: boolean;
  }[];
  concerns: {
    createdAt: string;
    raisedBy: string;
    source: string;
    noticedBy: string | null;
    categories: string[];
    level: string;
    description: string;
    status: string;
    closedAt: string | null;
  }[];
  caseEntries: {
    occurredOn: string;
    kind: string;
    confidentiality: string;
    title: string | null;
    author: string;
    authorRole: Role;
    details: Record<string, unknown>;
    followUpOn: string | null;
    notification: {
      madeOn: string;
      reason: string;
      parentsInformed: boolean;
      parentsNotInformedWhy: string | null;
      receiptReceivedOn: string | null;
      municipalityFeedback: string | null;
    } | null;
  }[];
  consents: {
    decision: string;
    form: string;
    givenOn: string;
    scopes: string[];
    externalPartner: string | null;
    purpose: string;
    validFrom: string;
    validUntil: string;
    pupilView: string | null;
    oralNote: string | null;
    withdrawnOn: string | null;
    guardians: string[];
    current: boolean;
  }[];
  forumItems: {
    meetingDay: string;
    title: string;
    guardiansAttending: boolean;
    pupilAttending: boolean;
    minutes: string | null;
    actionPlan: {
      parentInvolvement: string | null;
      followUpOn: string | null;
      actions: { description: string; responsible: string; dueOn: string | null; status: string }[];
      parentFeedback: { dueOn: string; givenOn: string | null; summary: string | null } | null;
    } | null;
  }[];
  groups: { name: string; kind: string; joinedOn: string; leftOn: string | null }[];
  classConferences: { heldOn: string; title: string; reason: string | null }[];
  absence: {
    date: string;
    kind: string;
    lessons: number | null;
    parentsReason: string | null;
    source: string;
  }[];
};

const dayOrNull = (value: Date | null) => (value ? isoDay(value) : null);

/** The indsigt for one pupil of the active school (including pupils who have left). */
export async function getAccessRequest(
  actor: Actor,
  pupilId: string,
  format: AccessRequestFormat,
  now = new Date(),
): Promise<AccessRequest> {
  assertCan(actor, "privacy:access-request");
  if (!z.uuid().safeParse(pupilId).success) throw new NotFoundError("pupil");
  const result = await auditedPupilRead(
    actor,
    {
      action: "privacy.access-request.export",
      pupilId,
      entityType: "Pupil",
      entityId: pupilId,
      purpose: "access-request",
      details: { format },
    },
    (tx) => readAccessRequest(tx, actor, pupilId, now),
    { timeoutMs: 30_000 },
  );
  return result;
}

async function readAccessRequest(
  tx: Tx,
  actor: Actor,
  pupilId: string,
  now: Date,
): Promise<AccessRequest | null> {
  const pupil = await tx.pupil.findFirst({
    where: { id: pupilId, ...schoolScope(actor) },
    include: {
      school: { select: { name: true } },
      class: { select: { grade: true, letter: true } },
      guardians: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!pupil) return null;
  const where = { pupilId, ...schoolScope(actor) };

  const [concerns, entries, consents, items, groups, focus, absence] = await Promise.all([
    tx.concern.findMany({
      where,
      orderBy: { createdAt: "asc" },
      include: { raisedBy: { select: { name: true } } },
    }),
    tx.caseEntry.findMany({
      // A private working note is its author's alone: not part of the record.
      where: { ...where, confidentiality: { not: "PRIVATE" } },
      orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }],
      include: { author: { select: { name: true } }, notification: true },
    }),
    tx.consent.findMany({
      where,
      orderBy: { createdAt: "asc" },
      include: {
        guardians: { include: { guardian: { select: { name: true } } } },
        supersededBy: { select: { id: true } },
      },
    }),
    tx.agendaItem.findMany({
      where: { pupilId, kind: "PUPIL", meeting: schoolScope(actor) },
      orderBy: { createdAt: "asc" },
      include: {
        meeting: { select: { startsAt: true } },
        actionPlan: {
          include: {
            actions: {
              orderBy: { createdAt: "asc" },
              include: { responsibleUser: { select: { name: true } } },
            },
            parentFeedback: true,
          },
        },
      },
    }),
    // The pupil's own participation: never who else is in the group, never the session notes.
    tx.groupParticipant.findMany({
      where: { pupilId, group: schoolScope(actor) },
      orderBy: { joinedOn: "asc" },
      include: { group: { select: { name: true, kind: true } } },
    }),
    // Why the pupil was a focus pupil: never the review of the class as a whole.
    tx.classConferenceFocusPupil.findMany({
      where: { pupilId, review: { conference: schoolScope(actor) } },
      include: { review: { include: { conference: { select: { heldOn: true, title: true } } } } },
    }),
    tx.absenceRecord.findMany({ where, orderBy: { date: "asc" } }),
  ]);

  return {
    generatedAt: now.toISOString(),
    school: pupil.school.name,
    pupil: {
      id: pupil.id,
      firstName: pupil.firstName,
      lastName: pupil.lastName,
      dateOfBirth: isoDay(pupil.dateOfBirth),
      externalId: pupil.externalId,
      className: pupil.class ? `${pupil.class.grade}.${pupil.class.letter}` : null,
      active: pupil.active,
      leftOn: dayOrNull(pupil.leftOn),
      legalHold: pupil.legalHold,
    },
    guardians: pupil.guardians.map((guardian) => ({
      name: guardian.name,
      relation: guardian.relation,
      email: guardian.email,
      phone: guardian.phone,
      address: guardian.address,
      hasParentalAuthority: guardian.hasParentalAuthority,
    })),
    concerns: concerns.map((concern) => ({
      createdAt: concern.createdAt.toISOString(),
      raisedBy: concern.raisedBy.name,
      source: concern.source,
      noticedBy: concern.noticedBy,
      categories: [...concern.categories],
      level: concern.level,
      description: concern.description,
      status: concern.status,
      closedAt: concern.closedAt?.toISOString() ?? null,
    })),
    caseEntries: entries.map((entry) => ({
      occurredOn: isoDay(entry.occurredOn),
      kind: entry.kind,
      confidentiality: entry.confidentiality,
      title: entry.title,
      author: entry.author.name,
      authorRole: entry.authorRole,
      details:
        entry.details && typeof entry.details === "object" && !Array.isArray(entry.details)
          ? (entry.details as Record<string, unknown>)
          : {},
      followUpOn: dayOrNull(entry.followUpOn),
      notification: entry.notification
        ? {
            madeOn: isoDay(entry.notification.madeOn),
            reason: entry.notification.reason,
            parentsInformed: entry.notification.parentsInformed,
            parentsNotInformedWhy: entry.notification.parentsNotInformedWhy,
            receiptReceivedOn: dayOrNull(entry.notification.receiptReceivedOn),
            municipalityFeedback: entry.notification.municipalityFeedback,
          }
        : null,
    })),
    consents: consents.map((consent) => ({
      decision: consent.decision,
      form: consent.form,
      givenOn: isoDay(consent.givenOn),
      scopes: [...consent.scopes],
      externalPartner: consent.externalPartner,
      purpose: consent.purpose,
      validFrom: isoDay(consent.validFrom),
      validUntil: isoDay(consent.validUntil),
      pupilView: consent.pupilView,
      oralNote: consent.oralNote,
      withdrawnOn: dayOrNull(consent.withdrawnOn),
      guardians: consent.guardians.map((link) => link.guardian.name),
      current: consent.supersededBy === null,
    })),
    forumItems: items.map((item) => ({
      meetingDay: isoDay(item.meeting.startsAt),
      title: item.title,
      guardiansAttending: item.guardiansAttending,
      pupilAttending: item.pupilAttending,
      minutes: item.minutes,
      actionPlan: item.actionPlan
        ? {
            parentInvolvement: item.actionPlan.parentInvolvement,
            followUpOn: dayOrNull(item.actionPlan.followUpOn),
            actions: item.actionPlan.actions.map((action) => ({
              description: action.description,
              responsible:
                action.responsibleKind === "USER"
                  ? (action.responsibleUser?.name ?? "")
                  : action.responsibleKind,
              dueOn: dayOrNull(action.dueOn),
              status: action.status,
            })),
            parentFeedback: item.actionPlan.parentFeedback
              ? {
                  dueOn: isoDay(item.actionPlan.parentFeedback.dueOn),
                  givenOn: dayOrNull(item.actionPlan.parentFeedback.givenOn),
                  summary: item.actionPlan.parentFeedback.summary,
                }
              : null,
          }
        : null,
    })),
    groups: groups.map((participation) => ({
      name: participation.group.name,
      kind: participation.group.kind,
      joinedOn: isoDay(participation.joinedOn),
      leftOn: dayOrNull(participation.leftOn),
    })),
    classConferences: focus.map((row) => ({
      heldOn: isoDay(row.review.conference.heldOn),
      title: row.review.conference.title,
      reason: row.reason,
    })),
    absence: absence.map((record) => ({
      date: isoDay(record.date),
      kind: record.kind,
      lessons: record.lessons,
      parentsReason: record.parentsReason,
      source: record.source,
    })),
  };
}
