/**
 * Feedback to the parents (tilbagemelding til forældrene) as a task of its responsible person:
 * when the parents did not attend the forum, someone tells them what was discussed and agreed,
 * by a due date. Its owner sees the due date and where it comes from — nothing of the plan
 * itself; recording that it was given is `recordFeedbackGiven` (lib/forum/item.ts).
 */
import "server-only";
import { can, schoolScope, type Actor } from "@/lib/auth/policy";
import { isoDay } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  forumItemLink,
  forumSource,
  planSourceSelect,
  type ForumItemLink,
  type ForumSource,
  type SourceContext,
} from "./task-sources";

export type MyFeedbackRow = {
  type: "feedback";
  id: string;
  version: number;
  /** "YYYY-MM-DD" */
  dueOn: string;
  /** OPEN until it is given. */
  status: "OPEN" | "DONE";
  overdue: boolean;
  /** "YYYY-MM-DD": the day the parents were told. */
  givenOn: string | null;
  /** ISO timestamp: when it was recorded as given. */
  completedAt: string | null;
  source: ForumSource;
  forumItem: ForumItemLink | null;
};

/**
 * The feedback tasks an actor is responsible for at the active school — the feedback's
 * counterpart of `myActionScope` (lib/auth/policy.ts): never anyone else's, and nothing for a
 * role without "my actions".
 */
export function myParentFeedbackScope(actor: Actor): Prisma.ParentFeedbackWhereInput {
  if (!can(actor, "action:read:own")) return { id: { in: [] } };
  return { ...schoolScope(actor), responsibleUserId: actor.userId };
}

export const feedbackSelect = {
  id: true,
  version: true,
  dueOn: true,
  givenOn: true,
  updatedAt: true,
  plan: { select: planSourceSelect },
} as const satisfies Prisma.ParentFeedbackSelect;

export type FeedbackRecord = Prisma.ParentFeedbackGetPayload<{ select: typeof feedbackSelect }>;

export function toFeedbackRow(
  record: FeedbackRecord,
  context: SourceContext,
  today: Date,
): MyFeedbackRow {
  const given = record.givenOn !== null;
  return {
    type: "feedback",
    id: record.id,
    version: record.version,
    dueOn: isoDay(record.dueOn),
    status: given ? "DONE" : "OPEN",
    overdue: !given && record.dueOn.getTime() < today.getTime(),
    givenOn: record.givenOn ? isoDay(record.givenOn) : null,
    completedAt: given ? record.updatedAt.toISOString() : null,
    source: forumSource(record.plan, context),
    forumItem: forumItemLink(record.plan, context),
  };
}
