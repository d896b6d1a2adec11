import { Link } from "@/components/ui/link";
import { NewMeetingForm } from "@/components/forum/meeting-forms";
import { MeetingStatusBadge, meetingTime } from "@/components/forum/badges";
import { titled } from "@/components/shell/section-home";
import { Badge, Card, EmptyState, Notice, PageHeader } from "@/components/ui/layout";
import { Table, Td } from "@/components/ui/table";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { listMeetings, type MeetingRow } from "@/lib/forum/meetings";
import { formatDate, type Locale, type Translate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import { createMeetingAction } from "./actions";

export const generateMetadata = titled("forum.title");

/**
 * The meetings the actor may see — the scope is the domain's: the whole school's for the
 * trivselsperson and leadership, the meetings one is invited to for everyone else (an ad-hoc
 * participant: that one meeting). Upcoming first, soonest first; then the earlier ones.
 */
export default async function ForumPage() {
  const actor = await requireActor();
  const [t, locale] = [await getT(), await getLocale()];
  const meetings = await listMeetings(actor);
  const today = isoDay(todayInDenmark());
  const upcoming = meetings.filter((meeting) => meeting.day >= today).reverse();
  const earlier = meetings.filter((meeting) => meeting.day < today);
  const manage = can(actor, "forum:manage");
  const seesAll = manage || actor.roles.includes("LEADERSHIP");

  return (
    <>
      <PageHeader title={t("forum.title")} intro={t("forum.intro")} />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(18rem,1fr)]">
        <div className="min-w-0 space-y-8">
          {seesAll ? null : <Notice>{t("forum.list.invitedOnly")}</Notice>}
          {meetings.length === 0 && !seesAll ? (
            <EmptyState>{t("forum.list.noInvitations")}</EmptyState>
          ) : (
            <>
              <MeetingTable
                id="upcoming"
                title={t("forum.list.upcoming")}
                rows={upcoming}
                empty={t("forum.list.emptyUpcoming")}
                t={t}
                locale={locale}
              />
              <MeetingTable
                id="earlier"
                title={t("forum.list.earlier")}
                rows={earlier}
                empty={t("forum.list.emptyEarlier")}
                t={t}
                locale={locale}
              />
            </>
          )}
        </div>
        {manage ? (
          <div>
            <Card title={t("forum.newMeeting.title")}>
              <p className="mb-4 text-sm text-stone-600">{t("forum.newMeeting.intro")}</p>
              <NewMeetingForm action={createMeetingAction} today={today} />
            </Card>
          </div>
        ) : null}
      </div>
    </>
  );
}

function MeetingTable({
  id,
  title,
  rows,
  empty,
  t,
  locale,
}: {
  id: string;
  title: string;
  rows: MeetingRow[];
  empty: string;
  t: Translate;
  locale: Locale;
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="mb-3 text-lg font-semibold text-stone-900">
        {title} <span className="font-normal text-stone-500">({rows.length})</span>
      </h2>
      {rows.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <Table
          caption={t("forum.list.caption", { title })}
          head={[
            t("forum.list.day"),
            t("forum.list.time"),
            t("forum.list.place"),
            t("forum.list.status"),
            t("forum.list.items"),
          ]}
        >
          {rows.map((meeting) => (
            <tr key={meeting.id}>
              <Td>
                <Link
                  href={`/forum/${meeting.id}`}
                  className="text-brand-700 font-medium whitespace-nowrap hover:underline"
                >
                  {formatDate(meeting.day, locale, "long")}
                </Link>
                {meeting.participating ? (
                  <span className="ml-2">
                    <Badge tone="brand">{t("forum.list.participating")}</Badge>
                  </span>
                ) : null}
              </Td>
              <Td className="whitespace-nowrap">{meetingTime(meeting, t)}</Td>
              <Td>{meeting.place}</Td>
              <Td>
                <MeetingStatusBadge status={meeting.status} t={t} />
              </Td>
              <Td>{meeting.itemCount}</Td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
