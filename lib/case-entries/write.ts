/**
 * Writing on a pupil's timeline: new entries, edits (versioned, each keeping the previous state
 * as a revision), completed follow-ups and a notification's receipt. Every function checks the
 * policy itself and writes its audit row in the same transaction.
 */
import "server-only";
import { sentAgainSince, takeTurn } from "@/lib/actions/sent-again";
import { auditedWrite } from "@/lib/audit";
import {
  allowedConfidentialities,
  assertCan,
  assertCanCreateEntry,
  authoringRole,
  can,
  caseEntryContentScope,
  concernScope,
  ForbiddenError,
  pupilRecordScope,
  staffScope,
  type Actor,
} from "@/lib/auth/policy";
import type { Tx } from "@/lib/db/client";
import { assertVersionedUpdate, nextVersion } from "@/lib/db/versioned";
import { todayInDenmark } from "@/lib/dates";
import { DomainValidationError, NotFoundError, StaleVersionError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { z } from "zod";
import type { DetailsOf } from "./kinds";
import { receiptDueOn } from "./notification-rules";
import type {
  completeFollowUpInput,
  CreateEntryInput,
  notificationReceiptInput,
  UpdateEntryInput,
} from "./schemas";

function assertConfidentialityAllowed(
  actor: Actor,
  input: { confidentiality: CreateEntryInput["confidentiality"] },
) {
  if (!allowedConfidentialities(actor).includes(input.confidentiality)) {
    throw new DomainValidationError("confidentiality", "caseEntries.errors.confidentiality");
  }
}

/** The fields of an entry that come from the form, as the database wants them. */
function entryData(input: CreateEntryInput | UpdateEntryInput, followUpOwnerId: string | null) {
  return {
    occurredOn: input.occurredOn,
    title: input.title,
    confidentiality: input.confidentiality,
    details: input.details as Prisma.InputJsonValue,
    followUpOn: input.followUpOn,
    followUpOwnerId: input.followUpOn ? followUpOwnerId : null,
  };
}

/** The follow-up's owner must work at the school; none given is the author. */
async function followUpOwner(
  tx: Tx,
  actor: Actor,
  input: CreateEntryInput | UpdateEntryInput,
): Promise<string | null> {
  if (!input.followUpOn) return null;
  if (!input.followUpOwnerId) return actor.userId;
  const owner = await tx.user.findFirst({
    where: { id: input.followUpOwnerId, active: true, ...staffScope(actor) },
    select: { id: true },
  });
  if (!owner)
    throw new DomainValidationError("followUpOwnerId", "caseEntries.errors.followUpOwner");
  return owner.id;
}

export async function createCaseEntry(
  actor: Actor,
  input: CreateEntryInput,
): Promise<{ id: string; pupilId: string }> {
  assertCanCreateEntry(actor, input.kind);
  assertConfidentialityAllowed(actor, input);
  const { id, pupilId } = await auditedWrite(
    actor,
    (created: { id: string; pupilId: string; sentAgain: boolean }) => ({
      // The same entry sent again creates nothing; the attempt is in the trail all the same.
      action: created.sentAgain ? "case-entry.create.sent-again" : "case-entry.create",
      pupilId: created.pupilId,
      entityType: "CaseEntry",
      entityId: created.id,
      details: { kind: input.kind, confidentiality: input.confidentiality },
    }),
    async (tx) => {
      const pupil = await tx.pupil.findFirst({
        where: { id: input.pupilId, ...pupilRecordScope(actor) },
        select: { id: true },
      });
      if (!pupil) throw new NotFoundError("pupil");
      const concernId = await linkedConcern(tx, actor, input);
      const data = entryData(input, await followUpOwner(tx, actor, input));
      await takeTurn(tx, "case-entry", actor, pupil.id);
      const earlier = await tx.caseEntry.findFirst({
        where: {
          schoolId: actor.schoolId,
          pupilId: pupil.id,
          authorId: actor.userId,
          createdAt: { gte: sentAgainSince() },
          kind: input.kind,
          concernId,
          occurredOn: data.occurredOn,
          title: data.title,
          confidentiality: data.confidentiality,
          details: { equals: data.details },
          followUpOn: data.followUpOn,
          followUpOwnerId: data.followUpOwnerId,
        },
        select: { id: true, pupilId: true },
      });
      if (earlier) return { ...earlier, sentAgain: true };
      const entry = await tx.caseEntry.create({
        data: {
          ...data,
          schoolId: actor.schoolId,
          pupilId: pupil.id,
          concernId,
          authorId: actor.userId,
          authorRole: authoringRole(actor),
          kind: input.kind,
        },
        select: { id: true, pupilId: true },
      });
      if (input.kind === "NOTIFICATION")
        await createNotification(tx, actor, entry, input.occurredOn, input.details);
      if (concernId) await markConcernActedOn(tx, actor, concernId);
      return { ...entry, sentAgain: false };
    },
  );
  return { id, pupilId };
}

/** A concern the entry answers: the same pupil's, one the actor may see. */
async function linkedConcern(
  tx: Tx,
  actor: Actor,
  input: CreateEntryInput,
): Promise<string | null> {
  if (!input.concernId) return null;
  const concern = await tx.concern.findFirst({
    where: { id: input.concernId, pupilId: input.pupilId, ...concernScope(actor) },
    select: { id: true },
  });
  if (!concern) throw new DomainValidationError("concernId", "caseEntries.errors.concern");
  return concern.id;
}

/** The first entry on a concern is the first action on it; a new concern is now being handled. */
async function markConcernActedOn(tx: Tx, actor: Actor, concernId: string) {
  const now = new Date();
  await tx.concern.updateMany({
    where: { id: concernId, firstActionAt: null },
    data: { firstActionAt: now },
  });
  if (can(actor, "concern:manage")) {
    await tx.concern.updateMany({
      where: { id: concernId, status: "NEW" },
      data: { status: "IN_PROGRESS", ...nextVersion },
    });
  }
}

async function createNotification(
  tx: Tx,
  actor: Actor,
  entry: { id: string; pupilId: string },
  madeOn: Date,
  details: DetailsOf<"NOTIFICATION">,
) {
  await tx.notification.create({
    data: {
      schoolId: actor.schoolId,
      pupilId: entry.pupilId,
      caseEntryId: entry.id,
      authorId: actor.userId,
      madeOn,
      reason: details.reason,
      parentsInformed: details.parentsInformed,
      parentsNotInformedWhy: details.parentsInformed ? null : details.parentsNotInformedWhy,
      receiptDueOn: receiptDueOn(madeOn),
    },
  });
}

/**
 * Only the author edits an entry. The version read with the form must still be current; the
 * state before the edit is kept as a revision, so the history is never lost.
 */
export async function updateCaseEntry(
  actor: Actor,
  input: UpdateEntryInput,
): Promise<{ pupilId: string }> {
  assertCanCreateEntry(actor, input.kind);
  assertConfidentialityAllowed(actor, input);
  return auditedWrite(
    actor,
    (result) => ({
      action: "case-entry.update",
      pupilId: result.pupilId,
      entityType: "CaseEntry",
      entityId: input.id,
      details: { version: input.version, confidentiality: input.confidentiality },
    }),
    async (tx) => {
      const current = await tx.caseEntry.findFirst({
        where: { id: input.id, pupilId: input.pupilId, schoolId: actor.schoolId },
      });
      if (!current) throw new NotFoundError("case entry");
      if (current.authorId !== actor.userId) throw new ForbiddenError("scope");
      if (current.kind !== input.kind)
        throw new DomainValidationError("kind", "validation.invalid");
      if (current.version !== input.version) throw new StaleVersionError("case entry");

      const updated = await tx.caseEntry.updateMany({
        where: { id: input.id, version: input.version },
        data: { ...entryData(input, await followUpOwner(tx, actor, input)), ...nextVersion },
      });
      if (updated.count !== 1) throw new StaleVersionError("case entry");
      await tx.caseEntryRevision.create({
        data: {
          caseEntryId: current.id,
          version: current.version,
          editedById: actor.userId,
          snapshot: {
            occurredOn: current.occurredOn.toISOString().slice(0, 10),
            title: current.title,
            confidentiality: current.confidentiality,
            details: current.details as Prisma.InputJsonValue,
            followUpOn: current.followUpOn?.toISOString().slice(0, 10) ?? null,
          },
        },
      });
      if (input.kind === "NOTIFICATION") {
        await tx.notification.update({
          where: { caseEntryId: current.id },
          data: {
            madeOn: input.occurredOn,
            reason: input.details.reason,
            parentsInformed: input.details.parentsInformed,
            parentsNotInformedWhy: input.details.parentsInformed
              ? null
              : input.details.parentsNotInformedWhy,
            receiptDueOn: receiptDueOn(input.occurredOn),
            ...nextVersion,
          },
        });
      }
      return { pupilId: current.pupilId };
    },
  );
}

/**
 * A follow-up is done: marked by its owner, the entry's author, or a trivselsperson of the
 * school (who may take over a colleague's follow-ups).
 */
export async function completeFollowUp(
  actor: Actor,
  input: z.output<typeof completeFollowUpInput>,
): Promise<{ pupilId: string }> {
  assertCan(actor, "pupil:open-record");
  const mayComplete: Prisma.CaseEntryWhereInput = actor.roles.includes("TRIVSELSPERSON")
    ? {}
    : { OR: [{ followUpOwnerId: actor.userId }, { authorId: actor.userId }] };
  const where: Prisma.CaseEntryWhereInput = {
    id: input.id,
    followUpOn: { not: null },
    AND: [caseEntryContentScope(actor, todayInDenmark()), mayComplete],
  };
  return auditedWrite(
    actor,
    (result) => ({
      action: "case-entry.follow-up.complete",
      pupilId: result.pupilId,
      entityType: "CaseEntry",
      entityId: input.id,
    }),
    async (tx) => {
      const entry = await tx.caseEntry.findFirst({ where, select: { pupilId: true } });
      if (!entry) throw new NotFoundError("case entry");
      const updated = await tx.caseEntry.updateMany({
        where: { ...where, version: input.version, followUpDoneAt: null },
        data: { followUpDoneAt: new Date(), ...nextVersion },
      });
      await assertVersionedUpdate(updated, "case entry", async () => entry);
      return entry;
    },
  );
}

/** The municipality's receipt (due within 6 working days) and its later feedback. */
export async function recordNotificationReceipt(
  actor: Actor,
  input: z.output<typeof notificationReceiptInput>,
): Promise<{ pupilId: string }> {
  assertCan(actor, "notification:create");
  const entryWhere = {
    id: input.entryId,
    kind: "NOTIFICATION" as const,
    ...caseEntryContentScope(actor, todayInDenmark()),
  };
  return auditedWrite(
    actor,
    (result) => ({
      action: "notification.receipt",
      pupilId: result.pupilId,
      entityType: "CaseEntry",
      entityId: input.entryId,
    }),
    async (tx) => {
      const entry = await tx.caseEntry.findFirst({ where: entryWhere, select: { pupilId: true } });
      if (!entry) throw new NotFoundError("notification");
      const updated = await tx.notification.updateMany({
        where: { caseEntryId: input.entryId, version: input.version },
        data: {
          receiptReceivedOn: input.receiptReceivedOn,
          municipalityFeedback: input.municipalityFeedback,
          municipalityFeedbackOn: input.municipalityFeedbackOn,
          ...nextVersion,
        },
      });
      await assertVersionedUpdate(updated, "notification", async () => entry);
      return entry;
    },
  );
}
