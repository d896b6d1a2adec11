/**
 * The consent gate of the forum agenda (DESIGN.md §2, §8; the seed text: "Der indhentes altid
 * samtykke fra forældrene til drøftelse af barnet, hvis de ikke deltager på Trivselsforummødet").
 * A named pupil may be on the agenda, and the item opened, only with valid consent covering the
 * forum on the day of the meeting, or when the guardians attend that item. Otherwise the forum
 * discusses the case anonymously. The gate never touches a notification: the duty to notify is
 * recorded on the timeline, not on the agenda.
 */
import "server-only";
import { coversDay, forumConsentOverlappingWhere, validForumConsentWhere } from "@/lib/auth/policy";
import type { DbOrTx } from "@/lib/db/client";
import { todayInDenmark } from "@/lib/dates";

export type GateState = "OPEN_CONSENT" | "OPEN_GUARDIANS_ATTEND" | "BLOCKED";

/** The calendar day of a meeting, in Denmark. */
export function meetingDay(startsAt: Date): Date {
  return todayInDenmark(startsAt);
}

export async function hasForumConsentOn(
  client: DbOrTx,
  pupilId: string,
  day: Date,
): Promise<boolean> {
  return (await client.consent.count({ where: { pupilId, ...validForumConsentWhere(day) } })) > 0;
}

export type GatedItem = { pupilId: string; guardiansAttending: boolean; startsAt: Date };

/**
 * Whether a named pupil's item may be opened now. The consent must hold on the meeting's day and
 * still today: a consent withdrawn or expired after the item was added closes it again.
 */
export async function gateState(client: DbOrTx, item: GatedItem): Promise<GateState> {
  return (await gateStates(client, [item]))[0]!;
}

/** `gateState` of many items (an agenda, a list of tasks), in one query whatever their number. */
export async function gateStates(
  client: DbOrTx,
  items: readonly GatedItem[],
): Promise<GateState[]> {
  const today = todayInDenmark();
  const daysOf = (item: GatedItem) => {
    const day = meetingDay(item.startsAt);
    return day.getTime() === today.getTime() ? [day] : [day, today];
  };
  const checked = items.filter((item) => !item.guardiansAttending);
  const days = checked.flatMap(daysOf).map((day) => day.getTime());
  const consents = checked.length
    ? await client.consent.findMany({
        where: {
          pupilId: { in: [...new Set(checked.map((item) => item.pupilId))] },
          ...forumConsentOverlappingWhere(new Date(Math.min(...days)), new Date(Math.max(...days))),
        },
        select: { pupilId: true, validFrom: true, validUntil: true },
      })
    : [];
  return items.map((item) => {
    if (item.guardiansAttending) return "OPEN_GUARDIANS_ATTEND";
    const own = consents.filter((consent) => consent.pupilId === item.pupilId);
    const covered = daysOf(item).every((day) => own.some((consent) => coversDay(consent, day)));
    return covered ? "OPEN_CONSENT" : "BLOCKED";
  });
}

export function isOpen(state: GateState): boolean {
  return state !== "BLOCKED";
}
