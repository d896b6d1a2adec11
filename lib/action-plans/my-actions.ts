/**
 * "Mine opgaver": the tasks a user is responsible for — actions from the action plans of
 * Trivselsforum, the trivselsperson's class-conference tasks, and feedback to the parents after a
 * forum discussion they did not attend — and marking an action done. A user sees their own tasks
 * and nothing else of the plan: where it comes from (the meeting's date, the class conference),
 * the pupil's name only when they may find that pupil anyway (`pupilScope`: a teacher, the pupils
 * of their own classes), and a link to the agenda item when they may open it. Every pupil named
 * is audited.
 */
import "server-only";
import { z } from "zod";
import { auditedWrite, recordPupilReads } from "@/lib/audit";
import { className } from "@/lib/admin/classes";
import { assertCan, myActionScope, type Actor } from "@/lib/auth/policy";
import { addDays, isoDay, todayInDenmark } from "@/lib/dates";
import { db, type DbOrTx } from "@/lib/db/client";
import { assertVersionedUpdate, nextVersion } from "@/lib/db/versioned";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { id, version } from "@/lib/validation";
import {
  feedbackSelect,
  myParentFeedbackScope,
  toFeedbackRow,
  type MyFeedbackRow,
} from "./parent-feedback";
import {
  forumItemLink,
  forumSource,
  loadSourceContext,
  planSourceSelect,
  type ForumItemLink,
  type ForumSource,
  type SourceContext,
} from "./task-sources";

export type { ForumItemLink, ForumSource, MyFeedbackRow };

/** Done actions (and feedback given) stay on the list this long, so one sees what was finished. */
export const DONE_VISIBLE_DAYS = 30;

const PURPOSE = "my-tasks";

export const completeActionInput = z.object({ id: id(), version: version() });

export type ActionSource =
  ForumSource | { kind: "conference"; title: string; heldOn: string; className: string };

export type MyActionRow = {
  type: "action";
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
  /** The forum item the action was agreed at, when the user may open it. */
  forumItem: ForumItemLink | null;
};

/** One task of "Mine opgaver": an action, or feedback to the parents. */
export type MyTaskRow = MyActionRow | MyFeedbackRow;

export type MyActions = { overdue: MyTaskRow[]; open: MyTaskRow[]; done: MyTaskRow[] };

const actionSelect = {
  id: true,
  version: true,
  description: true,
  dueOn: true,
  status: true,
  completedAt: true,
  plan: { select: planSourceSelect },
  review: {
    select: {
      class: { select: { grade: true, letter: true } },
      conference: { select: { title: true, heldOn: true } },
    },
  },
} as const satisfies Prisma.ActionSelect;

type ActionRecord = Prisma.ActionGetPayload<{ select: typeof actionSelect }>;

/**
 * The user's tasks matching the filters (always inside `myActionScope` and
 * `myParentFeedbackScope`) as rows by due date, undated last, and the pupils they name, for the
 * caller's audit entry.
 */
async function loadTasks(
  tx: DbOrTx,
  actor: Actor,
  filters: { actions: Prisma.ActionWhereInput; feedback: Prisma.ParentFeedbackWhereInput },
  today: Date,
): Promise<{ rows: MyTaskRow[]; pupilIds: string[] }> {
  const actions = await tx.action.findMany({
    where: { AND: [myActionScope(actor), filters.actions] },
    orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
    select: actionSelect,
  });
  const feedback = await tx.parentFeedback.findMany({
    where: { AND: [myParentFeedbackScope(actor), filters.feedback] },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: feedbackSelect,
  });
  const context = await loadSourceContext(tx, actor, [
    ...actions.map((record) => record.plan),
    ...feedback.map((record) => record.plan),
  ]);
  const rows: MyTaskRow[] = [
    ...actions.map((record) => toActionRow(record, context, today)),
    ...feedback.map((record) => toFeedbackRow(record, context, today)),
  ];
  // Stable: actions keep their order among themselves, and come before feedback due the same day.
  rows.sort((a, b) => dueKey(a).localeCompare(dueKey(b)));
  return { rows, pupilIds: [...context.pupils.keys()] };
}

const dueKey = (row: MyTaskRow) => row.dueOn ?? "9999-12-31";

function toActionRow(record: ActionRecord, context: SourceContext, today: Date): MyActionRow {
  const source: ActionSource = record.review
    ? {
        kind: "conference",
        title: record.review.conference.title,
        heldOn: isoDay(record.review.conference.heldOn),
        className: className(record.review.class),
      }
    : forumSource(record.plan, context);
  return {
    type: "action",
    id: record.id,
    version: record.version,
    description: record.description,
    dueOn: record.dueOn ? isoDay(record.dueOn) : null,
    status: record.status,
    overdue: record.status === "OPEN" && !!record.dueOn && record.dueOn.getTime() < today.getTime(),
    completedAt: record.completedAt?.toISOString() ?? null,
    source,
    forumItem: forumItemLink(record.plan, context),
  };
}

/** The user's open tasks, overdue first (for the worklist; the caller audits the pupils). */
export async function loadMyOpenTasks(
  tx: DbOrTx,
  actor: Actor,
  today: Date,
): Promise<{ rows: MyTaskRow[]; pupilIds: string[] }> {
  assertCan(actor, "action:read:own");
  return loadTasks(tx, actor, { actions: { status: "OPEN" }, feedback: { givenOn: null } }, today);
}

/** "Mine opgaver": overdue, open, and done (or given) in the last 30 days. */
export async function listMyActions(
  actor: Actor,
  options: { today?: Date; now?: Date } = {},
): Promise<MyActions> {
  assertCan(actor, "action:read:own");
  const today = options.today ?? todayInDenmark();
  const now = options.now ?? new Date();
  const recently = { gte: addDays(now, -DONE_VISIBLE_DAYS) };
  return db.$transaction(async (tx) => {
    const { rows, pupilIds } = await loadTasks(
      tx,
      actor,
      {
        actions: { OR: [{ status: "OPEN" }, { status: "DONE", completedAt: recently }] },
        feedback: { OR: [{ givenOn: null }, { givenOn: { not: null }, updatedAt: recently }] },
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
