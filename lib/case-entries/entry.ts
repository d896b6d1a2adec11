/**
 * One entry read on its own: for editing (its author), for its history, and the school-home
 * conversation's page for the family. Each read is audited against the pupil, and each goes
 * through the same confidentiality scope as the timeline.
 */
import "server-only";
import { z } from "zod";
import { auditedPupilRead } from "@/lib/audit";
import type { AuditPurpose } from "@/lib/audit/purposes";
import {
  can,
  caseEntryReadScope,
  concernScope,
  emergencyGrantFor,
  pupilRecordScope,
  type Actor,
} from "@/lib/auth/policy";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { NotFoundError } from "@/lib/errors";
import type { CaseEntryKind, ConcernCategory, Confidentiality } from "@/lib/generated/prisma/enums";
import { familyPageOf, readDetails, type EntryDetails } from "./kinds";

export type EntryForEdit = {
  id: string;
  pupilId: string;
  kind: CaseEntryKind;
  occurredOn: string;
  title: string | null;
  confidentiality: Confidentiality;
  followUpOn: string | null;
  followUpOwnerId: string | null;
  concernId: string | null;
  version: number;
  content: EntryDetails | null;
};

export type EntryRevision = {
  version: number;
  editedAt: string;
  editorName: string;
  occurredOn: string;
  title: string | null;
  confidentiality: Confidentiality;
  content: EntryDetails | null;
};

export type FamilyPage = {
  pupilName: string;
  className: string | null;
  schoolName: string;
  heldOn: string;
  followUpOn: string | null;
} & ReturnType<typeof familyPageOf>;

function readableEntryWhere(actor: Actor, entryId: string, pupilId: string) {
  if (!can(actor, "pupil:open-record") || !z.uuid().safeParse(entryId).success) return null;
  return { AND: [{ id: entryId, pupilId }, caseEntryReadScope(actor, todayInDenmark())] };
}

/** A read through an emergency access says so in the trail, with the access's id. */
/** The read's purpose, or under an emergency access (nødadgang) that one, with its grant. */
function emergencyAudit(actor: Actor, pupilId: string, purpose: AuditPurpose) {
  const grant = emergencyGrantFor(actor, pupilId);
  return grant
    ? { purpose: "emergency-access" as const, details: { emergencyAccessId: grant.id } }
    : { purpose };
}

/** The entry as its author's edit form needs it; anyone else gets "not found". */
export async function getEntryForEdit(
  actor: Actor,
  pupilId: string,
  entryId: string,
): Promise<EntryForEdit> {
  const where = readableEntryWhere(actor, entryId, pupilId);
  if (!where) throw new NotFoundError("case entry");
  const entry = await auditedPupilRead(
    actor,
    {
      action: "case-entry.read",
      pupilId,
      entityType: "CaseEntry",
      entityId: entryId,
      purpose: "entry-edit",
    },
    (tx) => tx.caseEntry.findFirst({ where: { ...where, authorId: actor.userId } }),
  );
  return {
    id: entry.id,
    pupilId: entry.pupilId,
    kind: entry.kind,
    occurredOn: isoDay(entry.occurredOn),
    title: entry.title,
    confidentiality: entry.confidentiality,
    followUpOn: entry.followUpOn ? isoDay(entry.followUpOn) : null,
    followUpOwnerId: entry.followUpOwnerId,
    concernId: entry.concernId,
    version: entry.version,
    content: readDetails(entry.kind, entry.details),
  };
}

/** Earlier versions of an entry, newest first, for whoever may read the entry itself. */
export async function getEntryHistory(
  actor: Actor,
  pupilId: string,
  entryId: string,
): Promise<EntryRevision[]> {
  const where = readableEntryWhere(actor, entryId, pupilId);
  if (!where) throw new NotFoundError("case entry");
  const entry = await auditedPupilRead(
    actor,
    {
      action: "case-entry.history",
      pupilId,
      entityType: "CaseEntry",
      entityId: entryId,
      ...emergencyAudit(actor, pupilId, "entry-history"),
    },
    (tx) =>
      tx.caseEntry.findFirst({
        where,
        select: {
          kind: true,
          revisions: {
            orderBy: { version: "desc" },
            select: {
              version: true,
              editedAt: true,
              snapshot: true,
              editedBy: { select: { name: true } },
            },
          },
        },
      }),
  );
  return entry.revisions.map((revision) => {
    const snapshot = revisionSnapshot.parse(revision.snapshot);
    return {
      version: revision.version,
      editedAt: revision.editedAt.toISOString(),
      editorName: revision.editedBy.name,
      occurredOn: snapshot.occurredOn,
      title: snapshot.title,
      confidentiality: snapshot.confidentiality,
      content: readDetails(entry.kind, snapshot.details),
    };
  });
}

const revisionSnapshot = z.object({
  occurredOn: z.string(),
  title: z.string().nullable(),
  confidentiality: z.enum(["CASE", "FORUM", "PROFESSION", "PRIVATE"]),
  details: z.unknown(),
});

/**
 * The agreements of a school-home conversation in plain language for the family: the pupil's
 * name, the day, what was agreed, who does what, how and when we follow up, and the tovholder —
 * none of the school's notes or perspectives.
 */
export async function getFamilyPage(
  actor: Actor,
  pupilId: string,
  entryId: string,
): Promise<FamilyPage> {
  const where = readableEntryWhere(actor, entryId, pupilId);
  if (!where) throw new NotFoundError("case entry");
  const entry = await auditedPupilRead(
    actor,
    {
      action: "case-entry.print",
      pupilId,
      entityType: "CaseEntry",
      entityId: entryId,
      ...emergencyAudit(actor, pupilId, "family-page"),
    },
    (tx) =>
      tx.caseEntry.findFirst({
        where: { ...where, kind: "SCHOOL_HOME_CONVERSATION" },
        select: {
          occurredOn: true,
          followUpOn: true,
          details: true,
          school: { select: { name: true } },
          pupil: {
            select: {
              firstName: true,
              lastName: true,
              class: { select: { grade: true, letter: true } },
            },
          },
        },
      }),
  );
  const content = readDetails("SCHOOL_HOME_CONVERSATION", entry.details);
  if (content?.kind !== "SCHOOL_HOME_CONVERSATION") throw new NotFoundError("case entry");
  const { pupil } = entry;
  return {
    pupilName: `${pupil.firstName} ${pupil.lastName}`,
    className: pupil.class ? `${pupil.class.grade}.${pupil.class.letter}` : null,
    schoolName: entry.school.name,
    heldOn: isoDay(entry.occurredOn),
    followUpOn: entry.followUpOn ? isoDay(entry.followUpOn) : null,
    ...familyPageOf(content.details),
  };
}

export type EntryFormContext = {
  pupil: { id: string; name: string; className: string | null };
  concerns: { id: string; createdAt: string; categories: ConcernCategory[] }[];
};

/** What the form for a new or edited entry needs about the pupil: name, class, open concerns. */
export async function getEntryFormContext(
  actor: Actor,
  pupilId: string,
): Promise<EntryFormContext> {
  if (!can(actor, "pupil:open-record") || !z.uuid().safeParse(pupilId).success)
    throw new NotFoundError("pupil");
  const pupil = await auditedPupilRead(
    actor,
    {
      action: "pupil.read",
      pupilId,
      entityType: "Pupil",
      entityId: pupilId,
      purpose: "entry-form",
    },
    (tx) =>
      tx.pupil.findFirst({
        where: { id: pupilId, ...pupilRecordScope(actor) },
        select: {
          id: true,
          firstName: true,
          lastName: true,
          class: { select: { grade: true, letter: true } },
          concerns: {
            where: { ...concernScope(actor), status: { not: "CLOSED" } },
            select: { id: true, createdAt: true, categories: true },
            orderBy: { createdAt: "desc" },
          },
        },
      }),
  );
  return {
    pupil: {
      id: pupil.id,
      name: `${pupil.firstName} ${pupil.lastName}`,
      className: pupil.class ? `${pupil.class.grade}.${pupil.class.letter}` : null,
    },
    concerns: pupil.concerns.map((concern) => ({
      ...concern,
      createdAt: concern.createdAt.toISOString(),
    })),
  };
}
