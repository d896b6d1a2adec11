import { Badge } from "@/components/ui/layout";
import type { GateState } from "@/lib/forum/gate";
import type { ForumMeetingStatus } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n";

const statusTone = {
  PLANNED: "neutral",
  HELD: "green",
  CANCELLED: "red",
} as const satisfies Record<ForumMeetingStatus, string>;

export function MeetingStatusBadge({ status, t }: { status: ForumMeetingStatus; t: Translate }) {
  return <Badge tone={statusTone[status]}>{t(`forum.status.${status}`)}</Badge>;
}

const gateTone = {
  OPEN_CONSENT: "green",
  OPEN_GUARDIANS_ATTEND: "brand",
  BLOCKED: "red",
} as const satisfies Record<GateState, string>;

/** The consent gate's state of a named pupil's item: samtykke, forældre deltager, spærret. */
export function GateBadge({ gate, t }: { gate: GateState; t: Translate }) {
  return <Badge tone={gateTone[gate]}>{t(`forum.gate.${gate}`)}</Badge>;
}

/** "kl. 14:00–15:30", or "kl. 14:00" when the end is open. */
export function meetingTime(
  meeting: { startTime: string; endTime: string | null },
  t: Translate,
): string {
  return meeting.endTime
    ? t("forum.time", { start: meeting.startTime, end: meeting.endTime })
    : t("forum.timeFrom", { start: meeting.startTime });
}
