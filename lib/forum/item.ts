/**
 * One agenda item in the meeting: for a named pupil, the part of the timeline shared with the
 * forum (nothing below FORUM), the minutes, and the action plan the discussion ends in — actions
 * with a responsible person and due date, how the parents are involved from here, a feedback
 * task when the parents did not attend, and a follow-up date.
 */
import "server-only";
import { z } from "zod";
import { auditedRead, auditedWrite } from "@/lib/audit";
import { can, canReadEntryContent, forumItemEntryScope, type Actor } from "@/lib/auth/policy";
import { readDetails, type EntryDetails } from "@/lib/case-entries/kinds";
import { assertVersionedUpdate, nextVersion } from "@/lib/db/versioned";
import { isoDay } from "@/lib/dates";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import type {
  ActionStatus,
  AgendaItemKind,
  CaseEntryKind,
  ResponsibleKind,
  Role,
} from "@/lib/generated/prisma/enums";
import { assertMayWrite, itemInScope } from "./agenda";
import { gateState, meetingDay, type GateState } from "./gate";
import type { actionStatusInput, addActionInput, feedbackGivenInput, planInput } from "./schemas";

export type ItemAction = {
  id: string;
  description: string;
  responsibleKind: ResponsibleKind;
  responsibleName: string | null;
  dueOn: string | null;
  status: ActionStatus;
  version: number;
};

export type ItemView = {
  id: string;
  meetingId: string;
  meetingDay: string;
  kind: AgendaItemKind;
  title: string;
  gate: GateState | null;
  pupil: { id: string; name: string; className: string | null } | null;
  guardiansAttending: boolean;
  pupilAttending: boolean;
  minutes: string | null;
  version: number;
  /** FORUM entries of the pupil, newest first; empty for blocked items and other kinds. */
  sharedEntries: {
    id: string;
    kind: CaseEntryKind;
    occurredOn: string;
    authorName: string;
    authorRole: Role;
    title: string | null;
    content: EntryDetails | null;
  }[];
  plan: {
    id: string;
    version: number;
    parentInvolvement: string | null;
    followUpOn: string | null;
    actions: ItemAction[];
    feedback: {
      id: string;
      version: number;
      responsibleUserId: string;
      responsibleName: string;
      dueOn: string;
      givenOn: string | null;
      summary: string | null;
    } | null;
  } | null;
  /** Participants and the trivselsperson write; the others read. */
  canWrite: boolean;
  manage: boolean;
  responsibleOptions: { id: string; name: string }[];
};

export async function getAgendaItem(actor: Actor, itemId: string): Promise<ItemView> {
  if (!z.uuid().safeParse(itemId).success) throw new NotFoundError("agenda item");
  return auditedRead(
    actor,
    {
      action: "forum.item.read",
      entityType: "AgendaItem",
      entityId: itemId,
      purpose: "forum-meeting",
    },
    async (tx) => {
      const item = await itemInScope(tx, actor, itemId);
      const gate = item.pupilId
        ? await gateState(tx, {
            pupilId: item.pupilId,
            guardiansAttending: item.guardiansAttending,
            startsAt: item.meeting.startsAt,
          })
        : null;
      const manage = can(actor, "forum:manage");
      if (gate === "BLOCKED" && !manage) throw new NotFoundError("agenda item");
      const open = gate !== "BLOCKED";

      // One query at a time: a transaction has one connection.
      const pupil = item.pupilId
        ? await tx.pupil.findFirst({
            where: { id: item.pupilId, schoolId: actor.schoolId },
            select: {
              id: true,
              firstName: true,
              lastName: true,
              class: { select: { grade: true, letter: true } },
            },
          })
        : null;
      const entries =
        item.pupilId && open
          ? await tx.caseEntry.findMany({
              where: forumItemEntryScope(actor, item.pupilId),
              orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
              select: {
                id: true,
                schoolId: true,
                confidentiality: true,
                authorId: true,
                kind: true,
                occurredOn: true,
                authorRole: true,
                title: true,
                details: true,
                author: { select: { name: true } },
              },
            })
          : [];
      // The timeline's FORUM part reaches the trivselsperson and the school's forum members
      // (DESIGN.md §3) — not an ad-hoc participant without such a role (a class teacher, a
      // specialist from another school), who takes part in this meeting's discussion only.
      const shared = entries.filter((entry) =>
        canReadEntryContent(actor, entry, { forumConsentActive: open }),
      );
      const plan = open
        ? await tx.actionPlan.findUnique({
            where: { agendaItemId: item.id },
            include: {
              actions: {
                orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
                include: { responsibleUser: { select: { name: true } } },
              },
              parentFeedback: { include: { responsibleUser: { select: { name: true } } } },
            },
          })
        : null;
      const participants = await tx.forumParticipant.findMany({
        where: { meetingId: item.meetingId },
        select: { userId: true, user: { select: { name: true } } },
        orderBy: { user: { name: "asc" } },
      });
      if (item.pupilId && open) {
        await tx.auditLog.create({
          data: {
            actorId: actor.userId,
            roles: [...actor.roles],
            schoolId: actor.schoolId,
            requestId: actor.requestId ?? null,
            pupilId: item.pupilId,
            action: "forum.item.pupil.read",
            entityType: "AgendaItem",
            entityId: item.id,
            purpose: "forum-meeting",
          },
        });
      }
      const canWrite =
        open && (manage || participants.some((participant) => participant.userId === actor.userId));
      return {
        id: item.id,
        meetingId: item.meetingId,
        meetingDay: isoDay(meetingDay(item.meeting.startsAt)),
        kind: item.kind,
        title: open || !item.pupilId ? item.title : "",
        gate,
        pupil:
          pupil && (open || manage)
            ? {
                id: pupil.id,
                name: `${pupil.firstName} ${pupil.lastName}`,
                className: pupil.class ? `${pupil.class.grade}.${pupil.class.letter}` : null,
              }
            : null,
        guardiansAttending: item.guardiansAttending,
        pupilAttending: item.pupilAttending,
        minutes: open ? item.minutes : null,
        version: item.version,
        sharedEntries: shared.map((entry) => ({
          id: entry.id,
          kind: entry.kind,
          occurredOn: isoDay(entry.occurredOn),
          authorName: entry.author.name,
          authorRole: entry.authorRole,
          title: entry.title,
          content: readDetails(entry.kind, entry.details),
        })),
        plan: plan
          ? {
              id: plan.id,
              version: plan.version,
              parentInvolvement: plan.parentInvolvement,
              followUpOn: plan.followUpOn ? isoDay(plan.followUpOn) : null,
              actions: plan.actions.map((action) => ({
                id: action.id,
                description: action.description,
                responsibleKind: action.responsibleKind,
                responsibleName: action.responsibleUser?.name ?? null,
                dueOn: action.dueOn ? isoDay(action.dueOn) : null,
                status: action.status,
                version: action.version,
              })),
              feedback: plan.parentFeedback
                ? {
                    id: plan.parentFeedback.id,
                    version: plan.parentFeedback.version,
                    responsibleUserId: plan.parentFeedback.responsibleUserId,
                    responsibleName: plan.parentFeedback.responsibleUser.name,
                    dueOn: isoDay(plan.parentFeedback.dueOn),
                    givenOn: plan.parentFeedback.givenOn
                      ? isoDay(plan.parentFeedback.givenOn)
                      : null,
                    summary: plan.parentFeedback.summary,
                  }
                : null,
            }
          : null,
        canWrite,
        manage,
        responsibleOptions: participants.map((participant) => ({
          id: participant.userId,
          name: participant.user.name,
        })),
      };
    },
  );
}

/** The action plan's frame: parent involvement, the forum's follow-up, feedback to the parents. */
export async function savePlan(actor: Actor, input: z.output<typeof planInput>): Promise<void> {
  await auditedWrite(
    actor,
    (pupilId: string | null) => ({
      action: "forum.plan.save",
      pupilId,
      entityType: "AgendaItem",
      entityId: input.itemId,
    }),
    async (tx) => {
      const item = await itemInScope(tx, actor, input.itemId);
      await assertMayWrite(tx, actor, item);
      const needsFeedback = item.kind === "PUPIL" && !item.guardiansAttending;
      if (needsFeedback && (!input.feedbackResponsibleId || !input.feedbackDueOn)) {
        throw new DomainValidationError(
          input.feedbackResponsibleId ? "feedbackDueOn" : "feedbackResponsibleId",
          "forum.plan.feedbackRequired",
        );
      }
      if (input.feedbackResponsibleId) {
        const participant = await tx.forumParticipant.count({
          where: { meetingId: item.meetingId, userId: input.feedbackResponsibleId },
        });
        if (!participant)
          throw new DomainValidationError("feedbackResponsibleId", "forum.errors.responsible");
      }
      const data = { parentInvolvement: input.parentInvolvement, followUpOn: input.followUpOn };
      const existing = await tx.actionPlan.findUnique({
        where: { agendaItemId: item.id },
        select: { id: true },
      });
      const planId = existing
        ? await (async () => {
            const updated = await tx.actionPlan.updateMany({
              where: { id: existing.id, version: input.version },
              data: { ...data, ...nextVersion },
            });
            await assertVersionedUpdate(updated, "action plan", async () => existing);
            return existing.id;
          })()
        : (
            await tx.actionPlan.create({
              data: {
                ...data,
                schoolId: item.meeting.schoolId,
                agendaItemId: item.id,
                pupilId: item.pupilId,
                createdById: actor.userId,
              },
              select: { id: true },
            })
          ).id;
      if (input.feedbackResponsibleId && input.feedbackDueOn) {
        await tx.parentFeedback.upsert({
          where: { planId },
          create: {
            schoolId: item.meeting.schoolId,
            planId,
            responsibleUserId: input.feedbackResponsibleId,
            dueOn: input.feedbackDueOn,
          },
          update: {
            responsibleUserId: input.feedbackResponsibleId,
            dueOn: input.feedbackDueOn,
            ...nextVersion,
          },
        });
      }
      return item.pupilId;
    },
  );
}

/** An action: a member of the meeting, "the parents" or "the pupil" is responsible, by a date. */
export async function addAction(
  actor: Actor,
  input: z.output<typeof addActionInput>,
): Promise<void> {
  await auditedWrite(
    actor,
    (pupilId: string | null) => ({
      action: "forum.action.add",
      pupilId,
      entityType: "AgendaItem",
      entityId: input.itemId,
    }),
    async (tx) => {
      const item = await itemInScope(tx, actor, input.itemId);
      await assertMayWrite(tx, actor, item);
      if (input.responsibleUserId) {
        const participant = await tx.forumParticipant.count({
          where: { meetingId: item.meetingId, userId: input.responsibleUserId },
        });
        if (!participant)
          throw new DomainValidationError("responsible", "forum.errors.responsible");
      }
      const plan =
        (await tx.actionPlan.findUnique({
          where: { agendaItemId: item.id },
          select: { id: true },
        })) ??
        (await tx.actionPlan.create({
          data: {
            schoolId: item.meeting.schoolId,
            agendaItemId: item.id,
            pupilId: item.pupilId,
            createdById: actor.userId,
          },
          select: { id: true },
        }));
      await tx.action.create({
        data: {
          schoolId: item.meeting.schoolId,
          planId: plan.id,
          description: input.description,
          responsibleKind: input.responsibleKind,
          responsibleUserId: input.responsibleUserId,
          dueOn: input.dueOn,
        },
      });
      return item.pupilId;
    },
  );
}

/** In the meeting an action's status is set by anyone writing there (parents' and pupil's too). */
export async function setActionStatus(
  actor: Actor,
  input: z.output<typeof actionStatusInput>,
): Promise<void> {
  await auditedWrite(
    actor,
    {
      action: "forum.action.status",
      entityType: "Action",
      entityId: input.actionId,
      details: { status: input.status },
    },
    async (tx) => {
      const action = await tx.action.findFirst({
        where: {
          id: input.actionId,
          schoolId: actor.schoolId,
          plan: { agendaItem: { isNot: null } },
        },
        select: { id: true, plan: { select: { agendaItemId: true } } },
      });
      if (!action?.plan?.agendaItemId) throw new NotFoundError("action");
      const item = await itemInScope(tx, actor, action.plan.agendaItemId);
      await assertMayWrite(tx, actor, item);
      const updated = await tx.action.updateMany({
        where: { id: action.id, version: input.version },
        data: {
          status: input.status,
          completedAt: input.status === "DONE" ? new Date() : null,
          completedById: input.status === "DONE" ? actor.userId : null,
          ...nextVersion,
        },
      });
      await assertVersionedUpdate(updated, "action", async () => action);
    },
  );
}

/** The feedback to the parents is given: by its responsible person, with what they were told. */
export async function recordFeedbackGiven(
  actor: Actor,
  input: z.output<typeof feedbackGivenInput>,
): Promise<void> {
  await auditedWrite(
    actor,
    (pupilId: string | null) => ({
      action: "forum.feedback.given",
      pupilId,
      entityType: "ParentFeedback",
      entityId: input.feedbackId,
    }),
    async (tx) => {
      const feedback = await tx.parentFeedback.findFirst({
        where: {
          id: input.feedbackId,
          schoolId: actor.schoolId,
          OR: [{ responsibleUserId: actor.userId }, ...(can(actor, "forum:manage") ? [{}] : [])],
        },
        select: { id: true, plan: { select: { pupilId: true } } },
      });
      if (!feedback) throw new NotFoundError("feedback");
      const updated = await tx.parentFeedback.updateMany({
        where: { id: feedback.id, version: input.version },
        data: { givenOn: input.givenOn, summary: input.summary, ...nextVersion },
      });
      await assertVersionedUpdate(updated, "feedback", async () => feedback);
      return feedback.plan.pupilId;
    },
  );
}
