/**
 * "Mine opgaver": the actions a user is responsible for — from the action plans of Trivselsforum
 * and the trivselsperson's class-conference tasks — and marking one done. A user sees their own
 * actions and nothing else of the plan: where it comes from (the meeting's date, the class
 * conference) and the pupil's name only when they may find that pupil anyway (`pupilScope`: a
 * teacher, the pupils of their own classes). Every pupil named is audited.
 */
import "server-only";
import { z } from "zod";
import { auditedWrite, recordPupilReads } from "@/lib/audit";
import { className } from "@/lib/admin/classes";
import { assertCan, can, myActionScope, pupilScope, type Actor } from "@/lib/auth/policy";
import type { PupilLabel } from "@/lib/concerns/shared";
import { pupilLabelSelect, toPupilLabel } from "@/lib/concerns/shared";
import { addDays, isoDay, todayInDenmark } from "@/lib/dates";
import { db, type Tx } from "@/lib/db/client";
import { assertVersionedUpdate, nextVersion } from "@/lib/db/versioned";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionStatus, AgendaItemKind } from "@/lib/generated/prisma/enums";
import { id, version } from "@/lib/validation";

/** Done actions stay on the list this long, so one can see what was just finished. */
export const DONE_VISIBLE_DAYS = 30;

const PURPOSE = "mine opgaver";

export const completeActionInput = z.object({ id: id(), version: version() });

export type ActionSource =
  | {
      kind: "forum";
      /** ISO timestamp of the meeting; null for a plan made outside a meeting. */
      meetingStartsAt: string | null;
      item: AgendaItemKind | null;
      /** A general theme's heading ("Alkohol og rusmidler"); never an anonymous case's text. */
      theme: string | null;
      /** The pupil, when the user may find them; null for an anonymous case or a theme. */
      pupil: PupilLabel | null;
      /** The plan is about a pupil the user may not find: "a pupil", no name. */
      pupilHidden: boolean;
      /** Whether to link to the pupil's page. */
      canOpenPupil: boolean;
    }
  | { kind: "conference"; title: string; heldOn: string; className: string };

export type MyActionRow = {
  id: string;
  version: number;
  description: string;
  /** "YYYY-MM-DD" */
  dueOn: string | null;
  status: ActionStatus;
  overdue: boolean;
  /** ISO timestamp. */
  completedAt: string | null;
  source: ActionSource;
};

export type MyActions = { overdue: MyActionRow[]; open: MyActionRow[]; done: MyActionRow[] };

const actionSelect = {
  id: true,
  version: true,
  description: true,
  dueOn: true,
  status: true,
  completedAt: true,
  plan: {
    select: {
      pupilId: true,
      agendaItem: { select: { kind: true, title: true, meeting: { select: { startsAt: true } } } },
    },
  },
  review: {
    select: {
      class: { select: { grade: true, letter: true } },
      conference: { select: { title: true, heldOn: true } },
    },
  },
} as const satisfies Prisma.ActionSelect;

type ActionRecord = Prisma.ActionGetPayload<{ select: typeof actionSelect }>;

/**
 * The actions matching `where` (always inside `myActionScope`) as rows, and the pupils they
 * name, for the caller's audit entry.
 */
async function loadActions(
  tx: Tx,
  actor: Actor,
  where: Prisma.ActionWhereInput,
  today: Date,
): Promise<{ rows: MyActionRow[]; pupilIds: string[] }> {
  const records = await tx.action.findMany({
    where: { AND: [myActionScope(actor), where] },
    orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
    select: actionSelect,
  });
  const planPupilIds = [
    ...new Set(records.flatMap((record) => (record.plan?.pupilId ? [record.plan.pupilId] : []))),
  ];
  // Names only of pupils the user may find; the others stay "a pupil".
  const visible = planPupilIds.length
    ? await tx.pupil.findMany({
        where: { AND: [{ id: { in: planPupilIds } }, pupilScope(actor)] },
        select: pupilLabelSelect,
      })
    : [];
  const pupils = new Map(visible.map((pupil) => [pupil.id, toPupilLabel(pupil)]));
  const canOpen = can(actor, "pupil:open-record");
  const rows = records.map((record) => toRow(record, pupils, canOpen, today));
  return { rows, pupilIds: [...pupils.keys()] };
}

function toRow(
  record: ActionRecord,
  pupils: Map<string, PupilLabel>,
  canOpenPupil: boolean,
  today: Date,
): MyActionRow {
  const source: ActionSource = record.review
    ? {
        kind: "conference",
        title: record.review.conference.title,
        heldOn: isoDay(record.review.conference.heldOn),
        className: className(record.review.class),
      }
    : {
        kind: "forum",
        meetingStartsAt: record.plan?.agendaItem?.meeting.startsAt.toISOString() ?? null,
        item: record.plan?.agendaItem?.kind ?? null,
        theme: record.plan?.agendaItem?.kind === "THEME" ? record.plan.agendaItem.title : null,
        pupil: record.plan?.pupilId ? (pupils.get(record.plan.pupilId) ?? null) : null,
        pupilHidden: !!record.plan?.pupilId && !pupils.has(record.plan.pupilId),
        canOpenPupil,
      };
  return {
    id: record.id,
    version: record.version,
    description: record.description,
    dueOn: record.dueOn ? isoDay(record.dueOn) : null,
    status: record.status,
    overdue: record.status === "OPEN" && !!record.dueOn && record.dueOn.getTime() < today.getTime(),
    completedAt: record.completedAt?.toISOString() ?? null,
    source,
  };
}

/** The user's open actions, overdue first (for the worklist; the caller audits the pupils). */
export async function loadMyOpenActions(
  tx: Tx,
  actor: Actor,
  today: Date,
): Promise<{ rows: MyActionRow[]; pupilIds: string[] }> {
  assertCan(actor, "action:read:own");
  return loadActions(tx, actor, { status: "OPEN" }, today);
}

/** "Mine opgaver": overdue, open, and done in the last 30 days. */
export async function listMyActions(
  actor: Actor,
  options: { today?: Date; now?: Date } = {},
): Promise<MyActions> {
  assertCan(actor, "action:read:own");
  const today = options.today ?? todayInDenmark();
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const { rows, pupilIds } = await loadActions(
      tx,
      actor,
      {
        OR: [
          { status: "OPEN" },
          { status: "DONE", completedAt: { gte: addDays(now, -DONE_VISIBLE_DAYS) } },
        ],
      },
      today,
    );
    await recordPupilReads(
      tx,
      actor,
      { action: "action.list", entityType: "Action", purpose: PURPOSE },
      pupilIds,
    );
    const done = rows
      .filter((row) => row.status === "DONE")
      .sort((a, b) => (b.completedAt ?? "").localeCompare(a.completedAt ?? ""));
    return {
      overdue: rows.filter((row) => row.overdue),
      open: rows.filter((row) => row.status === "OPEN" && !row.overdue),
      done,
    };
  });
}

/**
 * Marks one of the user's open actions done. Only the responsible user may: anyone else's action
 * is "not found". A stale version (someone changed it meanwhile) is refused.
 */
export async function completeAction(
  actor: Actor,
  input: z.output<typeof completeActionInput>,
): Promise<void> {
  assertCan(actor, "action:read:own");
  const mine = { AND: [{ id: input.id }, myActionScope(actor)] };
  await auditedWrite<{ pupilId: string | null }>(
    actor,
    (result) => ({
      action: "action.complete",
      pupilId: result.pupilId,
      entityType: "Action",
      entityId: input.id,
      purpose: PURPOSE,
    }),
    async (tx) => {
      const current = await tx.action.findFirst({
        where: mine,
        select: { plan: { select: { pupilId: true } } },
      });
      if (!current) throw new NotFoundError("action");
      const updated = await tx.action.updateMany({
        where: { AND: [mine, { version: input.version, status: "OPEN" }] },
        data: {
          status: "DONE",
          completedAt: new Date(),
          completedById: actor.userId,
          ...nextVersion,
        },
      });
      await assertVersionedUpdate(updated, "action", () =>
        tx.action.findFirst({ where: mine, select: { id: true } }),
      );
      return { pupilId: current.plan?.pupilId ?? null };
    },
  );
}
