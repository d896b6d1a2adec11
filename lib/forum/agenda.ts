/**
 * The agenda of a forum meeting, built by the trivselsperson: named pupils (through the consent
 * gate), anonymous cases and general themes; attendance per item; minutes; order.
 */
import "server-only";
import type { z } from "zod";
import { auditedWrite } from "@/lib/audit";
import {
  assertCan,
  can,
  concernScope,
  forumMeetingScope,
  pupilRecordScope,
  type Actor,
} from "@/lib/auth/policy";
import type { Tx } from "@/lib/db/client";
import { assertVersionedUpdate, nextVersion } from "@/lib/db/versioned";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import { gateState, hasForumConsentOn, meetingDay } from "./gate";
import type {
  AddAgendaItemInput,
  attendingInput,
  minutesInput,
  moveItemInput,
  removeItemInput,
} from "./schemas";

/** Refused by the consent gate: the UI offers to add the case anonymously instead. */
export class ConsentGateError extends DomainValidationError {
  constructor() {
    super("pupilId", "forum.gate.refused");
    this.name = "ConsentGateError";
  }
}

/** An item of a meeting the actor may see, with its meeting. */
export async function itemInScope(tx: Tx, actor: Actor, itemId: string) {
  const item = await tx.agendaItem.findFirst({
    where: { id: itemId, meeting: forumMeetingScope(actor) },
    include: { meeting: { select: { id: true, startsAt: true, schoolId: true } } },
  });
  if (!item) throw new NotFoundError("agenda item");
  return item;
}

export async function addAgendaItem(
  actor: Actor,
  input: AddAgendaItemInput,
): Promise<{ id: string }> {
  assertCan(actor, "forum:manage");
  return auditedWrite(
    actor,
    (created) => ({
      action: "forum.agenda.add",
      pupilId: input.kind === "PUPIL" ? input.pupilId : null,
      entityType: "AgendaItem",
      entityId: created.id,
      details: { kind: input.kind, meetingId: input.meetingId },
    }),
    async (tx) => {
      const meeting = await tx.forumMeeting.findFirst({
        where: { id: input.meetingId, ...forumMeetingScope(actor) },
        select: { id: true, startsAt: true, _count: { select: { agendaItems: true } } },
      });
      if (!meeting) throw new NotFoundError("meeting");
      const last = await tx.agendaItem.findFirst({
        where: { meetingId: meeting.id },
        orderBy: { position: "desc" },
        select: { position: true },
      });
      const position = (last?.position ?? 0) + 1;
      if (input.kind !== "PUPIL") {
        return tx.agendaItem.create({
          data: { meetingId: meeting.id, position, kind: input.kind, title: input.title },
          select: { id: true },
        });
      }

      const pupil = await tx.pupil.findFirst({
        where: { id: input.pupilId, ...pupilRecordScope(actor) },
        select: { id: true, firstName: true, lastName: true },
      });
      if (!pupil) throw new NotFoundError("pupil");
      // The gate: consent covering the forum on the day of the meeting, or the guardians attend.
      if (
        !input.guardiansAttending &&
        !(await hasForumConsentOn(tx, pupil.id, meetingDay(meeting.startsAt)))
      ) {
        throw new ConsentGateError();
      }
      if (input.concernId) {
        const concern = await tx.concern.findFirst({
          where: { id: input.concernId, pupilId: pupil.id, ...concernScope(actor) },
          select: { id: true },
        });
        if (!concern) throw new DomainValidationError("concernId", "caseEntries.errors.concern");
        await tx.concern.updateMany({
          where: { id: concern.id, status: { in: ["NEW", "IN_PROGRESS"] } },
          data: { status: "ON_FORUM", ...nextVersion },
        });
      }
      return tx.agendaItem.create({
        data: {
          meetingId: meeting.id,
          position,
          kind: "PUPIL",
          pupilId: pupil.id,
          concernId: input.concernId,
          title: `${pupil.firstName} ${pupil.lastName}`,
          guardiansAttending: input.guardiansAttending,
          pupilAttending: input.pupilAttending,
        },
        select: { id: true },
      });
    },
  );
}

/** Who attends a pupil's item. Marking the guardians absent again re-checks the gate. */
export async function setItemAttendance(
  actor: Actor,
  input: z.output<typeof attendingInput>,
): Promise<void> {
  assertCan(actor, "forum:manage");
  await auditedWrite(
    actor,
    { action: "forum.agenda.attendance", entityType: "AgendaItem", entityId: input.itemId },
    async (tx) => {
      const item = await itemInScope(tx, actor, input.itemId);
      if (item.kind !== "PUPIL" || !item.pupilId) throw new NotFoundError("agenda item");
      if (
        !input.guardiansAttending &&
        !(await hasForumConsentOn(tx, item.pupilId, meetingDay(item.meeting.startsAt)))
      ) {
        throw new DomainValidationError("guardiansAttending", "forum.gate.guardiansNeeded");
      }
      const updated = await tx.agendaItem.updateMany({
        where: { id: item.id, version: input.version },
        data: {
          guardiansAttending: input.guardiansAttending,
          pupilAttending: input.pupilAttending,
          ...nextVersion,
        },
      });
      await assertVersionedUpdate(updated, "agenda item", async () => item);
    },
  );
}

/**
 * Minutes of an item: written by the forum's members in the meeting. A named pupil's item must
 * be open through the gate — a consent withdrawn since it was added closes it.
 */
export async function saveMinutes(
  actor: Actor,
  input: z.output<typeof minutesInput>,
): Promise<void> {
  await auditedWrite(
    actor,
    (pupilId: string | null) => ({
      action: "forum.minutes.save",
      pupilId,
      entityType: "AgendaItem",
      entityId: input.itemId,
    }),
    async (tx) => {
      const item = await itemInScope(tx, actor, input.itemId);
      await assertMayWrite(tx, actor, item);
      const updated = await tx.agendaItem.updateMany({
        where: { id: item.id, version: input.version },
        data: { minutes: input.minutes, ...nextVersion },
      });
      await assertVersionedUpdate(updated, "agenda item", async () => item);
      return item.pupilId;
    },
  );
}

/** Writing in a meeting: a participant or the trivselsperson, on an item the gate lets open. */
export async function assertMayWrite(
  tx: Tx,
  actor: Actor,
  item: {
    pupilId: string | null;
    guardiansAttending: boolean;
    meeting: { id: string; startsAt: Date };
  },
): Promise<void> {
  const participant = await tx.forumParticipant.count({
    where: { meetingId: item.meeting.id, userId: actor.userId },
  });
  if (!participant && !can(actor, "forum:manage")) throw new NotFoundError("agenda item");
  if (
    item.pupilId &&
    (await gateState(tx, {
      pupilId: item.pupilId,
      guardiansAttending: item.guardiansAttending,
      startsAt: item.meeting.startsAt,
    })) === "BLOCKED"
  ) {
    throw new DomainValidationError("form", "forum.gate.blocked");
  }
}

export async function moveAgendaItem(
  actor: Actor,
  input: z.output<typeof moveItemInput>,
): Promise<void> {
  assertCan(actor, "forum:manage");
  await auditedWrite(
    actor,
    { action: "forum.agenda.move", entityType: "AgendaItem", entityId: input.itemId },
    async (tx) => {
      const item = await itemInScope(tx, actor, input.itemId);
      const neighbour = await tx.agendaItem.findFirst({
        where: {
          meetingId: item.meetingId,
          position: input.direction === "up" ? { lt: item.position } : { gt: item.position },
        },
        orderBy: { position: input.direction === "up" ? "desc" : "asc" },
      });
      if (!neighbour) return;
      // Positions are unique per meeting: park one item while the two swap.
      await tx.agendaItem.update({ where: { id: item.id }, data: { position: -1 } });
      await tx.agendaItem.update({
        where: { id: neighbour.id },
        data: { position: item.position },
      });
      await tx.agendaItem.update({
        where: { id: item.id },
        data: { position: neighbour.position },
      });
    },
  );
}

export async function removeAgendaItem(
  actor: Actor,
  input: z.output<typeof removeItemInput>,
): Promise<void> {
  assertCan(actor, "forum:manage");
  await auditedWrite(
    actor,
    { action: "forum.agenda.remove", entityType: "AgendaItem", entityId: input.itemId },
    async (tx) => {
      const item = await itemInScope(tx, actor, input.itemId);
      const hasPlan = (await tx.actionPlan.count({ where: { agendaItemId: item.id } })) > 0;
      if (item.minutes || hasPlan)
        throw new DomainValidationError("form", "forum.errors.itemHasMinutes");
      await tx.agendaItem.delete({ where: { id: item.id } });
    },
  );
}
