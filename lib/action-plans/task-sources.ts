/**
 * Where a task of "Mine opgaver" comes from, as much as its owner may know: the forum meeting's
 * date and the kind of item, a general theme's heading, the pupil's name only when the owner may
 * find that pupil anyway (`pupilScope`), and a link to the agenda item only when the owner may
 * open it (the meeting is in their `forumMeetingScope` and, unless they run the forum, the
 * consent gate lets the item open). Shared by actions and parent-feedback tasks.
 */
import "server-only";
import { can, forumMeetingScope, pupilScope, type Actor } from "@/lib/auth/policy";
import { pupilLabelSelect, toPupilLabel, type PupilLabel } from "@/lib/concerns/shared";
import type { DbOrTx } from "@/lib/db/client";
import { gateStates } from "@/lib/forum/gate";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AgendaItemKind } from "@/lib/generated/prisma/enums";

export type ForumSource = {
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
};

/** The agenda item a forum task was agreed at: `/forum/<meetingId>/items/<itemId>`. */
export type ForumItemLink = { meetingId: string; itemId: string };

export const planSourceSelect = {
  pupilId: true,
  agendaItem: {
    select: {
      id: true,
      kind: true,
      title: true,
      pupilId: true,
      guardiansAttending: true,
      meeting: { select: { id: true, startsAt: true } },
    },
  },
} as const satisfies Prisma.ActionPlanSelect;

export type PlanSource = Prisma.ActionPlanGetPayload<{ select: typeof planSourceSelect }>;

export type SourceContext = {
  /** The plans' pupils the user may find, by id. */
  pupils: Map<string, PupilLabel>;
  /** The agenda items the user may open. */
  openableItems: Set<string>;
  canOpenPupil: boolean;
};

/** What the rows of these plans may show: one query for the pupils, one for the meetings. */
export async function loadSourceContext(
  tx: DbOrTx,
  actor: Actor,
  plans: readonly (PlanSource | null)[],
): Promise<SourceContext> {
  const pupilIds = [...new Set(plans.flatMap((plan) => (plan?.pupilId ? [plan.pupilId] : [])))];
  // Names only of pupils the user may find; the others stay "a pupil".
  const visible = pupilIds.length
    ? await tx.pupil.findMany({
        where: { AND: [{ id: { in: pupilIds } }, pupilScope(actor)] },
        select: pupilLabelSelect,
      })
    : [];
  const pupils = new Map(visible.map((pupil) => [pupil.id, toPupilLabel(pupil)]));
  return {
    pupils,
    openableItems: await openableItems(tx, actor, plans),
    canOpenPupil: can(actor, "pupil:open-record"),
  };
}

async function openableItems(
  tx: DbOrTx,
  actor: Actor,
  plans: readonly (PlanSource | null)[],
): Promise<Set<string>> {
  const items = new Map(
    plans.flatMap((plan) => (plan?.agendaItem ? [[plan.agendaItem.id, plan.agendaItem]] : [])),
  );
  const openable = new Set<string>();
  if (items.size === 0) return openable;
  const meetingIds = [...new Set([...items.values()].map((item) => item.meeting.id))];
  const inScope = new Set(
    (
      await tx.forumMeeting.findMany({
        where: { AND: [{ id: { in: meetingIds } }, forumMeetingScope(actor)] },
        select: { id: true },
      })
    ).map((meeting) => meeting.id),
  );
  // The trivselsperson opens a blocked item to act on it; everyone else meets "not found" there.
  const manage = can(actor, "forum:manage");
  const candidates = [...items.values()].filter((item) => inScope.has(item.meeting.id));
  const gated = candidates.flatMap((item) =>
    item.pupilId && !manage
      ? [
          {
            id: item.id,
            pupilId: item.pupilId,
            guardiansAttending: item.guardiansAttending,
            startsAt: item.meeting.startsAt,
          },
        ]
      : [],
  );
  const blocked = new Set(
    (await gateStates(tx, gated)).flatMap((state, index) =>
      state === "BLOCKED" ? [gated[index]!.id] : [],
    ),
  );
  for (const item of candidates) if (!blocked.has(item.id)) openable.add(item.id);
  return openable;
}

export function forumSource(plan: PlanSource | null, context: SourceContext): ForumSource {
  const item = plan?.agendaItem ?? null;
  return {
    kind: "forum",
    meetingStartsAt: item?.meeting.startsAt.toISOString() ?? null,
    item: item?.kind ?? null,
    theme: item?.kind === "THEME" ? item.title : null,
    pupil: plan?.pupilId ? (context.pupils.get(plan.pupilId) ?? null) : null,
    pupilHidden: !!plan?.pupilId && !context.pupils.has(plan.pupilId),
    canOpenPupil: context.canOpenPupil,
  };
}

export function forumItemLink(
  plan: PlanSource | null,
  context: SourceContext,
): ForumItemLink | null {
  const item = plan?.agendaItem;
  return item && context.openableItems.has(item.id)
    ? { meetingId: item.meeting.id, itemId: item.id }
    : null;
}
