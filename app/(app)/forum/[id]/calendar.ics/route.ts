/**
 * The meeting as a calendar file for one of its participants (RFC 5545). Time, place and status
 * only: no agenda and no pupil's name in a file that ends up in synced calendars.
 */
import { recordRefusal } from "@/lib/audit";
import { ForbiddenError } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { buildCalendar } from "@/lib/forum/calendar";
import { getMeetingForCalendar } from "@/lib/forum/meetings";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { createTranslator, messagesFor } from "@/lib/i18n";
import { getLocale } from "@/lib/i18n/server";

/** A meeting without an end time is put in the calendar as this long. */
const DEFAULT_MINUTES = 90;

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  const { id } = await params;
  let meeting: Awaited<ReturnType<typeof getMeetingForCalendar>>;
  try {
    meeting = await getMeetingForCalendar(actor, id);
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) {
      await recordRefusal(actor, error, { action: "forum.meeting.calendar", input: { id } });
      return new Response(null, { status: 404 });
    }
    throw error;
  }
  const t = createTranslator(messagesFor(await getLocale()));
  const body = buildCalendar({
    uid: `${meeting.id}@trivsel`,
    stamp: new Date(),
    start: meeting.startsAt,
    end: meeting.endsAt ?? new Date(meeting.startsAt.getTime() + DEFAULT_MINUTES * 60_000),
    summary: t("forum.calendar.summary", { school: meeting.school.name }),
    location: meeting.place,
    status: meeting.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED",
    sequence: meeting.version - 1,
    url: new URL(`/forum/${meeting.id}`, request.url).toString(),
  });
  const day = isoDay(todayInDenmark(meeting.startsAt));
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="trivselsforum-${day}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
