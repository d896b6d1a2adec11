import type { Metadata } from "next";
import { Link, LinkButton } from "@/components/ui/link";
import {
  AddAgendaItem,
  AgendaOrderForm,
  AgendaStepButton,
  type CandidateOption,
} from "@/components/forum/agenda-forms";
import { GateBadge, MeetingStatusBadge, meetingTime } from "@/components/forum/badges";
import { EditMeetingForm } from "@/components/forum/meeting-forms";
import { AddParticipantForm, ParticipantForm } from "@/components/forum/participant-forms";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, EmptyState, Notice, PageHeader } from "@/components/ui/layout";
import { requireActor } from "@/lib/auth/session";
import { isoDay, todayInDenmark } from "@/lib/dates";
import {
  AGENDA_CANDIDATE_LIMIT,
  agendaCandidateSearch,
  listAgendaCandidates,
  type AgendaCandidate,
  type AgendaCandidateSearch,
} from "@/lib/forum/candidates";
import {
  getMeeting,
  GUEST_SEARCH_LIMIT,
  listInvitableUsers,
  type MeetingDetail,
} from "@/lib/forum/meetings";
import { THEMES } from "@/lib/forum/schemas";
import { formatDate, type Locale, type Translate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import { listClassChoices } from "@/lib/pupils/search";
import { orNotFound } from "../../pupils/[id]/record";
import {
  addCaseItemAction,
  addParticipantAction,
  addPupilItemAction,
  addThemeItemAction,
  arrangeItemAction,
  participantAction,
  updateMeetingAction,
} from "../actions";

// The agenda names pupils; the browser tab does not.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("forum.meeting.title") };
}

const linkClass = "text-brand-700 font-medium hover:underline";

export default async function MeetingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const meeting = await orNotFound(getMeeting(actor, id));
  const [t, locale] = [await getT(), await getLocale()];
  const today = isoDay(todayInDenmark());
  const guest = typeof query.guest === "string" ? query.guest.trim().slice(0, 100) : "";
  const participating = meeting.participants.some(
    (participant) => participant.userId === actor.userId,
  );

  return (
    <>
      <PageHeader
        title={t("forum.meeting.heading", { date: formatDate(meeting.day, locale, "long") })}
        intro={[meetingTime(meeting, t), meeting.place].join(" · ")}
        actions={
          <>
            <LinkButton href="/forum">{t("forum.meeting.back")}</LinkButton>
            <LinkButton href={`/forum/${meeting.id}/print`}>{t("forum.meeting.print")}</LinkButton>
            {participating ? (
              // A file download, not a page: a plain link.
              <a
                href={`/forum/${meeting.id}/calendar.ics`}
                download
                title={t("forum.meeting.calendarHint")}
                className={buttonClass("secondary")}
              >
                {t("forum.meeting.calendar")}
              </a>
            ) : null}
          </>
        }
      />
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <MeetingStatusBadge status={meeting.status} t={t} />
        {query.notice === "created" ? (
          <Notice role="status">{t("forum.meeting.created")}</Notice>
        ) : null}
      </div>
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(20rem,1fr)]">
        <div className="min-w-0 space-y-6">
          <Agenda meeting={meeting} t={t} />
          {meeting.manage ? (
            <AddItemCard meeting={meeting} query={query} t={t} locale={locale} />
          ) : null}
          {meeting.summary && !meeting.manage ? (
            <Card title={t("forum.meeting.summary")}>
              <p className="text-sm whitespace-pre-line text-stone-800">{meeting.summary}</p>
            </Card>
          ) : null}
        </div>
        <div className="space-y-6">
          <Participants meeting={meeting} self={actor.userId} guest={guest} t={t} />
          {meeting.manage ? (
            <Card title={t("forum.meeting.edit")}>
              <EditMeetingForm
                action={updateMeetingAction}
                values={{
                  id: meeting.id,
                  version: meeting.version,
                  day: meeting.day,
                  startTime: meeting.startTime,
                  endTime: meeting.endTime,
                  place: meeting.place,
                  status: meeting.status,
                  summary: meeting.summary,
                }}
                today={today}
              />
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}

function Agenda({ meeting, t }: { meeting: MeetingDetail; t: Translate }) {
  const last = meeting.agenda.length - 1;
  const list = (
    <ol className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
      {meeting.agenda.map((item, index) => {
        const blocked = item.gate === "BLOCKED";
        const heading = blocked
          ? (item.pupil?.name ?? t("forum.agenda.blockedTitle"))
          : item.pupil
            ? item.pupil.name
            : item.title;
        return (
          <li
            key={item.id}
            data-testid="agenda-item"
            className="flex flex-wrap items-start gap-x-4 gap-y-2 px-4 py-3"
          >
            <span className="w-6 shrink-0 pt-0.5 text-sm font-semibold text-stone-500">
              {index + 1}.
            </span>
            <div className="min-w-0 flex-1 space-y-1">
              <p className="text-xs font-medium tracking-wide text-stone-500 uppercase">
                {t(`forum.kinds.${item.kind}`)}
              </p>
              <p>
                {blocked && !meeting.manage ? (
                  <span className="font-medium text-stone-700">{heading}</span>
                ) : (
                  <Link href={`/forum/${meeting.id}/items/${item.id}`} className={linkClass}>
                    {heading}
                  </Link>
                )}
                {item.pupil?.className ? (
                  <span className="ml-2 text-sm text-stone-500">{item.pupil.className}</span>
                ) : null}
              </p>
              <div className="flex flex-wrap items-center gap-2 text-xs">
                {item.gate ? <GateBadge gate={item.gate} t={t} /> : null}
                {item.kind === "PUPIL" && item.pupilAttending ? (
                  <Badge>{t("forum.agenda.pupilAttends")}</Badge>
                ) : null}
                {blocked ? null : (
                  <>
                    <Badge tone={item.hasMinutes ? "green" : "neutral"}>
                      {item.hasMinutes ? t("forum.agenda.hasMinutes") : t("forum.agenda.noMinutes")}
                    </Badge>
                    {item.actionCount > 0 ? (
                      <Badge tone="brand">
                        {t("forum.agenda.actionCount", { count: item.actionCount })}
                      </Badge>
                    ) : null}
                  </>
                )}
              </div>
              {blocked && meeting.manage ? (
                <p className="text-sm text-red-800">{t("forum.gate.blocked")}</p>
              ) : null}
            </div>
            {meeting.manage ? (
              <div className="flex items-start gap-1">
                {index > 0 ? (
                  <AgendaStepButton step="up" itemId={item.id} position={index + 1} />
                ) : (
                  <span className="w-7" />
                )}
                {index < last ? (
                  <AgendaStepButton step="down" itemId={item.id} position={index + 1} />
                ) : (
                  <span className="w-7" />
                )}
                {item.hasMinutes || item.actionCount > 0 ? null : (
                  <AgendaStepButton step="remove" itemId={item.id} position={index + 1} />
                )}
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
  return (
    <section aria-labelledby="agenda-heading" className="space-y-3">
      <h2 id="agenda-heading" className="text-lg font-semibold text-stone-900">
        {t("forum.agenda.title")}
      </h2>
      {meeting.agenda.length === 0 ? (
        <EmptyState>{t("forum.agenda.empty")}</EmptyState>
      ) : meeting.manage ? (
        <AgendaOrderForm action={arrangeItemAction}>{list}</AgendaOrderForm>
      ) : (
        list
      )}
    </section>
  );
}

function Participants({
  meeting,
  self,
  guest,
  t,
}: {
  meeting: MeetingDetail;
  /** The one who runs the meeting cannot take themselves off it. */
  self: string;
  guest: string;
  t: Translate;
}) {
  return (
    <Card title={t("forum.participants.title")}>
      {meeting.participants.length === 0 ? (
        <p className="text-sm text-stone-600">{t("forum.participants.none")}</p>
      ) : (
        <ul className="divide-y divide-stone-100 text-sm">
          {meeting.participants.map((participant) => (
            <li
              key={participant.id}
              data-testid="participant"
              className="flex flex-wrap items-start justify-between gap-2 py-2"
            >
              <div className="min-w-0">
                <p className="font-medium text-stone-900">{participant.name}</p>
                <p className="text-xs text-stone-500">
                  {participant.roles.length > 0
                    ? participant.roles.map((role) => t(`roles.${role}`)).join(", ")
                    : t("forum.participants.noRole")}
                </p>
                <div className="mt-1">
                  {participant.adHoc ? (
                    <Badge tone="yellow">{t("forum.participants.adHoc")}</Badge>
                  ) : (
                    <Badge>{t("forum.participants.fixed")}</Badge>
                  )}
                </div>
              </div>
              {meeting.manage ? (
                <ParticipantForm
                  action={participantAction}
                  meetingId={meeting.id}
                  participantId={participant.id}
                  name={participant.name}
                  attended={participant.attended}
                  removable={participant.userId !== self}
                />
              ) : (
                <span className="text-xs text-stone-600">
                  {participant.attended === null
                    ? t("forum.participants.attendanceUnknown")
                    : participant.attended
                      ? t("forum.participants.attendedYes")
                      : t("forum.participants.attendedNo")}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-xs text-stone-500">{t("forum.participants.parentsNote")}</p>
      {meeting.manage ? <InviteParticipant meetingId={meeting.id} guest={guest} t={t} /> : null}
    </Card>
  );
}

async function InviteParticipant({
  meetingId,
  guest,
  t,
}: {
  meetingId: string;
  guest: string;
  t: Translate;
}) {
  const actor = await requireActor();
  const users = await listInvitableUsers(actor, meetingId, guest);
  return (
    <div className="mt-4 border-t border-stone-100 pt-4">
      <h3 className="mb-2 text-sm font-semibold text-stone-900">{t("forum.participants.add")}</h3>
      <AddParticipantForm
        action={addParticipantAction}
        meetingId={meetingId}
        users={users}
        guest={guest}
        guestLimit={GUEST_SEARCH_LIMIT}
      />
    </div>
  );
}

async function AddItemCard({
  meeting,
  query,
  t,
  locale,
}: {
  meeting: MeetingDetail;
  query: Record<string, string | string[] | undefined>;
  t: Translate;
  locale: Locale;
}) {
  const actor = await requireActor();
  const criteria = agendaCandidateSearch.parse(query);
  const [classes, candidates] = await Promise.all([
    listClassChoices(actor),
    listAgendaCandidates(actor, meeting.id, criteria),
  ]);
  return (
    <Card title={t("forum.add.title")}>
      <AddAgendaItem
        meetingId={meeting.id}
        pupilAction={addPupilItemAction}
        caseAction={addCaseItemAction}
        themeAction={addThemeItemAction}
        criteria={{ q: criteria.q, classId: criteria.classId }}
        classes={classes}
        candidates={candidates.map((candidate) => candidateOption(candidate, t, locale))}
        searchMessages={searchMessages(criteria, candidates, t)}
        themes={THEMES.map((theme) => ({ value: theme, label: t(`forum.themes.${theme}`) }))}
      />
    </Card>
  );
}

function candidateOption(
  candidate: AgendaCandidate,
  t: Translate,
  locale: Locale,
): CandidateOption {
  return {
    id: candidate.id,
    label: t("forum.add.pupil.option", {
      name: candidate.name,
      class: candidate.className ?? t("forum.add.pupil.noClass"),
      consent: candidate.forumConsent
        ? t("forum.add.pupil.consentYes")
        : t("forum.add.pupil.consentNo"),
    }),
    concerns: candidate.openConcerns.map((concern) => ({
      id: concern.id,
      label: t("forum.add.pupil.concernOption", {
        level: t(`concerns.levels.${concern.level}`),
        categories: concern.categories
          .map((category) => t(`concerns.categories.${category}`))
          .join(", "),
        date: formatDate(concern.raisedOn, locale),
      }),
    })),
  };
}

function searchMessages(
  criteria: AgendaCandidateSearch,
  candidates: AgendaCandidate[],
  t: Translate,
): string[] {
  if (!criteria.q && !criteria.classId) return [t("forum.add.pupil.start")];
  if (candidates.length === 0) return [t("forum.add.pupil.none")];
  if (candidates.length >= AGENDA_CANDIDATE_LIMIT)
    return [t("forum.add.pupil.truncated", { count: AGENDA_CANDIDATE_LIMIT })];
  return [
    candidates.length === 1
      ? t("forum.add.pupil.foundOne")
      : t("forum.add.pupil.found", { count: candidates.length }),
  ];
}
