/**
 * The consent gate of the forum agenda (DESIGN.md §2, §8; the seed text: "Der indhentes altid
 * samtykke fra forældrene til drøftelse af barnet, hvis de ikke deltager på Trivselsforummødet").
 * A named pupil may be on the agenda, and the item opened, only with valid consent covering the
 * forum on the day of the meeting, or when the guardians attend that item. Otherwise the forum
 * discusses the case anonymously. The gate never touches a notification: the duty to notify is
 * recorded on the timeline, not on the agenda.
 */
import "server-only";
import { validForumConsentWhere } from "@/lib/auth/policy";
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

/**
 * Whether a named pupil's item may be opened now. The consent must hold on the meeting's day and
 * still today: a consent withdrawn or expired after the item was added closes it again.
 */
export async function gateState(
  client: DbOrTx,
  item: { pupilId: string; guardiansAttending: boolean },
  startsAt: Date,
): Promise<GateState> {
  if (item.guardiansAttending) return "OPEN_GUARDIANS_ATTEND";
  const today = todayInDenmark();
  const day = meetingDay(startsAt);
  const days = day.getTime() === today.getTime() ? [day] : [day, today];
  for (const checked of days) {
    if (!(await hasForumConsentOn(client, item.pupilId, checked))) return "BLOCKED";
  }
  return "OPEN_CONSENT";
}

export function isOpen(state: GateState): boolean {
  return state !== "BLOCKED";
}
